using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Terminal.Logging;

/// <summary>One patient's session as its reader reported it: when it ended, the method, the error code (null for success) and how long it took.</summary>
public sealed record SessionRecord(DateTimeOffset At, string ReaderId, AuthenticationMethod? Method, string? ErrorCode, TimeSpan Duration)
{
    public bool Succeeded => ErrorCode is null;
}
