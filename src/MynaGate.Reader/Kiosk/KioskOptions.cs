namespace MynaGate.Reader.Kiosk;

/// <summary>The clinic's settings for the reader's screen (the admin console edits them).</summary>
public sealed record KioskOptions
{
    /// <summary>The unit's serial number, shown with every error for support calls (R16).</summary>
    public string Serial { get; init; } = "";

    /// <summary>Shows each screen's ID (R14).</summary>
    public bool DebugMode { get; init; }

    /// <summary>Spoken guidance for each screen (R31).</summary>
    public bool Voice { get; init; } = true;

    /// <summary>Japanese is spoken by the reader's own voice (<see cref="JapaneseVoice"/>, POST /speech) rather than the
    /// browser's; set by the kiosk server from what it was started with, never by the console.</summary>
    public bool ReaderSpeaksJapanese { get; init; }

    /// <summary>0 to 1.</summary>
    public double VoiceVolume { get; init; } = 0.8;

    /// <summary>The languages the patient may switch to on the first screen.</summary>
    public IReadOnlyList<string> Languages { get; init; } = KioskText.Languages;

    /// <summary>The clinic's own completion message (R13), shown in every language instead of the default.</summary>
    public string? CompletionMessage { get; init; }
}
