using MynaGate.Link.Messages;
using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Flow;

/// <summary>
/// Everything a UI needs to draw the current screen, and nothing personal: no PIN digit, no image, no card-face value.
/// </summary>
public sealed record FlowScreen(FlowState State, string ScreenId, BreadcrumbStep Step)
{
    public bool FaceAvailable { get; init; } = true;
    public bool VisualAvailable { get; init; }
    public int? TriesLeft { get; init; }
    /// <summary>One try left: the screen warns that a wrong PIN locks the card.</summary>
    public bool LastTry { get; init; }
    /// <summary>Digits 0–9 in the order the pad shows them; shuffled for every entry (R30).</summary>
    public IReadOnlyList<int>? PadLayout { get; init; }
    public int DigitsEntered { get; init; }
    public ConsentItem? Consent { get; init; }
    public QualityReason? Guidance { get; init; }
    public bool CertificateExpiresSoon { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }

    public static FlowScreen For(FlowState state, int consentIndex = 0) =>
        new(state, ScreenIds.Of(state, consentIndex), ScreenIds.StepOf(state));
}
