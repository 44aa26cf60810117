namespace MynaGate.Terminal.Logging;

/// <summary>Which log lines the console asks for; every filter left null matches everything. Newest first, up to <see cref="Limit"/>.</summary>
public sealed record TerminalLogQuery
{
    public string? ReaderId { get; init; }
    public TerminalEvent? Event { get; init; }
    public string? ErrorCode { get; init; }
    /// <summary>Only lines with an error code.</summary>
    public bool ErrorsOnly { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public int Limit { get; init; } = 500;
}
