using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Reader.Flow;

/// <summary>
/// How one patient's session ended: the result file the terminal wrote, or the error code; the method used and the
/// time of each stage (for the benchmark). Nothing personal.
/// </summary>
public sealed record SessionOutcome(string SessionId, string? ResultFile, string? ErrorCode, AuthenticationMethod? Method,
    IReadOnlyDictionary<string, TimeSpan> Stages)
{
    /// <summary>公費 paper mode: the certificate XML the terminal wrote beside the result.</summary>
    public string? CertificateFile { get; init; }

    /// <summary>From choosing the method to the result written (the paper step, if any, is not part of it).</summary>
    public TimeSpan? Total { get; init; }

    /// <summary>The session object, already wiped (tests check its memory).</summary>
    internal PatientSession? Session { get; init; }
}
