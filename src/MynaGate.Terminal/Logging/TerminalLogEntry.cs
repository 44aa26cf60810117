namespace MynaGate.Terminal.Logging;

/// <summary>One line of the operation and error log; <see cref="Account"/> is the console account that acted, if one did.</summary>
public sealed record TerminalLogEntry(DateTimeOffset At, string? ReaderId, TerminalEvent Event, string? ErrorCode, string? Account = null)
{
    /// <summary>What an account or key change was made to (an account name or a reception key's name).</summary>
    public string? Target { get; init; }

    /// <summary>The target's role after the change.</summary>
    public string? TargetRole { get; init; }
}
