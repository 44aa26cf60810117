using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Relay;

namespace MynaGate.Terminal.Dashboard;

/// <summary>
/// One national-service outage and the sessions it met (R43): each session that ended with a T1xx code from the
/// outage's first failure to its end, so staff can follow those patients up. Time, reader and code only.
/// </summary>
public sealed record OutageReport(NationalServiceOutage Outage, IReadOnlyList<SessionRecord> Sessions)
{
    /// <summary>The outages in <paramref name="outages"/> that overlap the sessions' window, each with the sessions it met, newest first.</summary>
    public static IReadOnlyList<OutageReport> Compute(IReadOnlyList<NationalServiceOutage> outages, IReadOnlyList<SessionRecord> sessions, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(outages);
        ArgumentNullException.ThrowIfNull(sessions);
        return
        [
            .. outages.Where(o => o.Ended is not { } end || end >= since)
                .Select(o => new OutageReport(o, [.. sessions.Where(s => IsNationalServiceCode(s.ErrorCode) && o.Covers(s.At)).OrderBy(s => s.At)])),
        ];
    }

    // T101–T105: the terminal or the national service could not be used
    private static bool IsNationalServiceCode(string? code) => code is ['T', '1', '0', >= '1' and <= '5'];
}
