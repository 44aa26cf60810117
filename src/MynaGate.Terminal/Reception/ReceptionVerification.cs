using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Terminal.Reception;

/// <summary>
/// A reception system's request for the next verification on one reader, and its outcome. The reference is the
/// reception's own number for the visit (not a name): it comes back with the outcome.
/// </summary>
public sealed record ReceptionVerification(string Id, string ReaderId, string Reference, DateTimeOffset RequestedAt)
{
    public ReceptionState State { get; init; } = ReceptionState.Waiting;
    public DateTimeOffset? EndedAt { get; init; }
    public AuthenticationMethod? Method { get; init; }
    public string? ErrorCode { get; init; }
    /// <summary>The result XML's file name in the Face folder.</summary>
    public string? ResultFile { get; init; }
    /// <summary>公費 paper mode: the certificate XML's file name beside it.</summary>
    public string? CertificateFile { get; init; }
}
