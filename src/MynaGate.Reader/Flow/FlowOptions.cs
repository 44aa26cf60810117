using MynaGate.Certificates;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.Reader.Flow;

/// <summary>The clinic's settings for the flow (the admin console edits them in the kiosk issue).</summary>
public sealed record FlowOptions
{
    /// <summary>Consent screens, in order (R12): the national set in force by default.</summary>
    public IReadOnlyList<ConsentItem> Consents { get; init; } = ConsentSets.National2024;

    /// <summary>After the consents, the patient chooses an electronic or a paper prescription (R35).</summary>
    public bool PrescriptionChoice { get; init; } = true;

    /// <summary>When the national hub holds municipal 受給者証 for the patient, ask whether to use them (R39).</summary>
    public bool MedicalSubsidyQuestion { get; init; } = true;

    /// <summary>Staff enabled 目視確認 on this reader (it is offered anyway to a card with a blocked PIN).</summary>
    public bool VisualCheckEnabled { get; init; }

    /// <summary>
    /// Read 照合番号B off the card face from card placement, while the patient chooses a method, rather than after
    /// 顔認証 is chosen: about a second off the face path, for OCR that is wasted when the patient picks the PIN.
    /// </summary>
    public bool ReadCardFaceOnPlacement { get; init; } = true;

    /// <summary>
    /// 紙の公費医療券等確認モード (R17): after the consents the patient may place a paper certificate, which is read,
    /// confirmed and written as XML beside the result.
    /// </summary>
    public bool PaperMode { get; init; }

    /// <summary>The certificates paper mode offers, in order (the 保険証 can be added, R19).</summary>
    public IReadOnlyList<CertificateForm> PaperForms { get; init; } =
        [CertificateForm.ChildMedical, CertificateForm.SingleParentMedical, CertificateForm.DisabilityMedical];

    /// <summary>Hand the face camera's frames to the screen's live preview (a reader with a kiosk; the benchmark runs without).</summary>
    public bool LivePreview { get; init; }

    /// <summary>Face attempts before only the PIN is offered.</summary>
    public int FaceAttempts { get; init; } = 2;

    /// <summary>A screen waiting for the patient gives up after this long (R11).</summary>
    public TimeSpan InputTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A card the card camera has seen lying whole this long at the idle screen, while the slot has found none, brings
    /// the guidance to take it out of its case (R37); zero turns the watch off. NFC finds a bare card well within a second.
    /// </summary>
    public TimeSpan CardNotDetectedAfter { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the reader waits for the terminal's answer.</summary>
    public TimeSpan TerminalTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
