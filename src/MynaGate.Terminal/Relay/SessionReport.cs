using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Terminal.Relay;

/// <summary>How a reader's session ended, with the files the terminal wrote for it (reception systems wait for this).</summary>
public sealed record SessionReport(string SessionId, DateTimeOffset EndedAt, TimeSpan Duration, AuthenticationMethod? Method, string? ErrorCode,
    string? ResultFile, string? CertificateFile);
