namespace MynaGate.Terminal.Relay;

/// <summary>
/// One national-service outage as the terminal saw it (R43): the first failure of the run that made it, when the
/// terminal called it an outage, and when the service answered again (null while it lasts).
/// </summary>
public sealed record NationalServiceOutage(DateTimeOffset FirstFailure, DateTimeOffset Declared, DateTimeOffset? Ended)
{
    /// <summary>Whether a session that ended at <paramref name="at"/> met this outage (from its first failure on).</summary>
    public bool Covers(DateTimeOffset at) => at >= FirstFailure && (Ended is not { } end || at <= end);
}
