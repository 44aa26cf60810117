namespace MynaGate.Link.Messages;

/// <summary>
/// A reader's state for its terminal's console: its screen for the mirror, the settings in force and the last error a
/// patient saw. <see cref="Version"/> grows with every change, so the terminal can wait for the next one.
/// </summary>
public sealed record ReaderStatus(long Version, string ReaderId, string Serial, MirrorScreen Screen, ReaderSettings Settings)
{
    public string? LastErrorCode { get; init; }
    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>The MynaGate version the reader runs (<see cref="ProductVersion"/>), so the console shows a reader and a
    /// terminal at different versions (after a partial upgrade); null from a reader older than 0.21.</summary>
    public string? Software { get; init; }

    /// <summary>The national-service outage the reader shows (R43), as its terminal last told it; null when none.</summary>
    public NationalServiceNotice? NationalService { get; init; }
}
