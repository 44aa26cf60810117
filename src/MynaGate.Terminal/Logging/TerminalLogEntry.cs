namespace MynaGate.Terminal.Logging;

/// <summary>One line of the operation and error log.</summary>
public sealed record TerminalLogEntry(DateTimeOffset At, string? ReaderId, TerminalEvent Event, string? ErrorCode);
