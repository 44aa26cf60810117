namespace MynaGate.Bench.Relay;

/// <summary>One simulated patient's session as its reader saw it: the error code or refusal (null when the result XML was written) and the round trip.</summary>
internal sealed record RelaySession(string SessionId, string? Error, TimeSpan RoundTrip);
