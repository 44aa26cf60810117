namespace MynaGate.Terminal.Logging;

/// <summary>One line of the operation and error log; <see cref="Account"/> is the console account that acted, if one did.</summary>
public sealed record TerminalLogEntry(DateTimeOffset At, string? ReaderId, TerminalEvent Event, string? ErrorCode, string? Account = null);
