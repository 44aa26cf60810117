namespace MynaGate.Bench.Relay;

/// <summary>
/// One simulated patient's session as its reader saw it: the error code (null when the result XML was written) and
/// how long the reader waited for the terminal's answers (challenge, qualification, completion), link included.
/// </summary>
internal sealed record RelaySession(string SessionId, string? Error, TimeSpan Waited);
