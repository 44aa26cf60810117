using MynaGate.Terminal.Logging;

namespace MynaGate.Terminal.Dashboard;

/// <summary>Turns the sessions the readers reported into the dashboard's figures.</summary>
public static class FleetDashboard
{
    public const string FleetId = "all";

    /// <param name="readerIds">Paired readers; one without sessions still gets a row.</param>
    public static FleetFigures Compute(IReadOnlyList<SessionRecord> sessions, IEnumerable<string> readerIds, DateTimeOffset until, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var since = until - window;
        var inWindow = sessions.Where(s => s.At >= since && s.At < until).ToList();
        var readers = readerIds.Union(inWindow.Select(s => s.ReaderId)).Order(StringComparer.Ordinal)
            .Select(id => Figures(id, inWindow.Where(s => s.ReaderId == id).ToList(), window))
            .ToList();
        return new FleetFigures(since, until, readers, Figures(FleetId, inWindow, window), ByHour(inWindow, since, until));
    }

    private static ReaderFigures Figures(string readerId, List<SessionRecord> sessions, TimeSpan window)
    {
        int succeeded = sessions.Count(s => s.Succeeded);
        var reasons = sessions.Where(s => !s.Succeeded).GroupBy(s => s.ErrorCode!)
            .Select(g => new FailureCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.ErrorCode, StringComparer.Ordinal)
            .ToList();
        return new ReaderFigures(readerId, sessions.Count, succeeded, sessions.Count == 0 ? null : (double)succeeded / sessions.Count,
            Median(sessions.Select(s => s.Duration)), reasons, sessions.Count / window.TotalHours);
    }

    private static TimeSpan? Median(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToList();
        if (sorted.Count == 0) return null;
        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static List<HourCount> ByHour(List<SessionRecord> sessions, DateTimeOffset since, DateTimeOffset until)
    {
        var first = new DateTimeOffset(since.UtcDateTime.Date.AddHours(since.UtcDateTime.Hour), TimeSpan.Zero);
        var hours = new List<HourCount>();
        for (var hour = first; hour < until; hour = hour.AddHours(1))
        {
            var end = hour.AddHours(1);
            hours.Add(new HourCount(hour, sessions.Count(s => s.At >= hour && s.At < end)));
        }
        return hours;
    }
}
