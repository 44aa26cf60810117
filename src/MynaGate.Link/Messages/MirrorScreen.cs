using MynaGate.Onshi.Contract;

namespace MynaGate.Link.Messages;

/// <summary>
/// What the staff mirror shows of a reader's screen (R25): where the patient is and what the screen asks, never a PIN
/// digit, the pad's layout, an image or a value read from the card or a paper certificate.
/// </summary>
public sealed record MirrorScreen(string State, string ScreenId, string Step)
{
    public int? TriesLeft { get; init; }
    public bool LastTry { get; init; }
    /// <summary>How many digits the patient has typed, shown as dots as on the kiosk.</summary>
    public int DigitsEntered { get; init; }
    public ConsentItem? Consent { get; init; }
    /// <summary>The patient uses the accessible mode (voice, fixed pad): staff see that it is on, never a digit.</summary>
    public bool Accessible { get; init; }
    /// <summary>The face engine's guidance (too far, too dark, mask …) by name.</summary>
    public string? Guidance { get; init; }
    /// <summary>Paper mode: the certificate form chosen, by name.</summary>
    public string? PaperForm { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }

    /// <summary>Which drawing of the reader's screen this is (new for every screen of every session); a 目視確認 decision names it.</summary>
    public long Version { get; init; }

    /// <summary>The screen waits for the staff's 目視確認 decision.</summary>
    public bool AwaitsStaffDecision => State == VisualCheckState;

    public const string VisualCheckState = "VisualCheck";
}
