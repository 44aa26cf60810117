using MynaGate.Certificates;
using MynaGate.Onshi.Contract;
using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Flow;

/// <summary>
/// Everything a UI needs to draw the current screen, and nothing personal — no PIN digit, no image, no card-face
/// value — except on the paper certificate's confirmation screen, which shows the patient what was read from the
/// paper they placed.
/// </summary>
public sealed record FlowScreen(FlowState State, string ScreenId, BreadcrumbStep Step)
{
    public bool FaceAvailable { get; init; } = true;
    /// <summary>The patient's accessible mode (R36): the screen is spoken whole and drawn in high contrast; the pad is fixed.</summary>
    public bool Accessible { get; init; }
    /// <summary>False for a card without a PIN (顔認証マイナンバーカード): no pad is offered anywhere.</summary>
    public bool PinAvailable { get; init; } = true;
    public bool VisualAvailable { get; init; }
    /// <summary>Idle: the unit has a reader for smartphones, so the screen offers スマートフォン (R32).</summary>
    public bool SmartphoneAvailable { get; init; }
    /// <summary>The session is a smartphone's: its screens speak of the phone, and its PIN screen has no way back to a method choice.</summary>
    public bool Phone { get; init; }
    public int? TriesLeft { get; init; }
    /// <summary>One try left: the screen warns that a wrong PIN locks the card.</summary>
    public bool LastTry { get; init; }
    /// <summary>Digits 0–9 in the order the pad shows them; shuffled for every entry (R30).</summary>
    public IReadOnlyList<int>? PadLayout { get; init; }
    public int DigitsEntered { get; init; }
    public ConsentItem? Consent { get; init; }
    /// <summary>包括同意: the items the one answer covers, which 個別に選ぶ asks one by one; empty offers no 個別に選ぶ.</summary>
    public IReadOnlyList<ConsentItem>? Covers { get; init; }
    public QualityReason? Guidance { get; init; }
    public bool CertificateExpiresSoon { get; init; }
    /// <summary>The card's certificate has expired and is in its grace (R40): the screen says why no consent was asked and to renew it.</summary>
    public bool CertificateInGrace { get; init; }
    /// <summary>Paper mode: the certificates offered.</summary>
    public IReadOnlyList<CertificateForm>? PaperForms { get; init; }
    /// <summary>Paper mode: the certificate chosen.</summary>
    public CertificateForm? PaperForm { get; init; }
    /// <summary>Placement: why the last frame was not read in full (guidance for the patient).</summary>
    public CertificateIssue? PaperIssue { get; init; }
    /// <summary>Confirmation: the fields read, for the patient to check.</summary>
    public IReadOnlyList<CertificateField>? PaperFields { get; init; }
    /// <summary>Confirmation: the fields that could not be read.</summary>
    public IReadOnlyList<CertificateFieldKind>? PaperMissing { get; init; }
    /// <summary>Completed: a paper certificate was read and sent, so the patient takes it to the counter.</summary>
    public bool CertificateSent { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    /// <summary>Idle: the terminal reports the national service down (R43), so the screen says what to do instead of inviting a card.</summary>
    public bool NationalServiceDown { get; init; }

    /// <summary>Which drawing of the screen this is: every change of screen gets the next number, and taps carry it back.</summary>
    public long Version { get; init; }

    /// <summary>Names the pad's layout, new for every entry; a key tapped on another layout is dropped.</summary>
    public string? PadNonce { get; init; }

    public static FlowScreen For(FlowState state, int consentIndex = 0) =>
        new(state, ScreenIds.Of(state, consentIndex), ScreenIds.StepOf(state));
}
