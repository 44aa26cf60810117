using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Dashboard;
using MynaGate.Terminal.Logging;

namespace MynaGate.Terminal.Tests.Dashboard;

public sealed class FleetDashboardTests
{
    private static readonly DateTimeOffset Until = new(2026, 11, 21, 12, 30, 0, TimeSpan.Zero);

    private static SessionRecord Session(string reader, double hoursAgo, string? error, double seconds) =>
        new(Until.AddHours(-hoursAgo), reader, AuthenticationMethod.Face, error, TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Each_reader_gets_its_success_rate_reasons_median_and_throughput()
    {
        var sessions = new[]
        {
            Session("R01", 0.2, null, 10), Session("R01", 0.4, null, 30), Session("R01", 0.6, "E204", 20), Session("R01", 1.5, "E204", 40),
            Session("R02", 0.1, "E101", 5), Session("R02", 30, null, 1),
        };

        var figures = FleetDashboard.Compute(sessions, ["R01", "R02", "R03"], Until, TimeSpan.FromHours(24));

        var r01 = figures.Readers.Single(r => r.ReaderId == "R01");
        Assert.Equal(4, r01.Sessions);
        Assert.Equal(0.5, r01.SuccessRate);
        Assert.Equal(TimeSpan.FromSeconds(25), r01.MedianDuration);
        Assert.Equal([new FailureCount("E204", 2)], r01.FailureReasons);
        Assert.Equal(4 / 24.0, r01.SessionsPerHour, 6);
        var r02 = figures.Readers.Single(r => r.ReaderId == "R02");
        Assert.Equal(1, r02.Sessions); // the one 30 h ago is outside the window
        Assert.Equal(0.0, r02.SuccessRate);
        var r03 = figures.Readers.Single(r => r.ReaderId == "R03");
        Assert.Null(r03.SuccessRate);
        Assert.Null(r03.MedianDuration);
        Assert.Equal(5, figures.Fleet.Sessions);
        Assert.Equal([new FailureCount("E204", 2), new FailureCount("E101", 1)], figures.Fleet.FailureReasons);
        Assert.Equal(TimeSpan.FromSeconds(20), figures.Fleet.MedianDuration);
    }

    [Fact]
    public void Sessions_per_hour_fill_every_clock_hour_of_the_window()
    {
        var sessions = new[] { Session("R01", 0.2, null, 1), Session("R01", 0.45, null, 1), Session("R01", 0.6, null, 1), Session("R01", 3, null, 1) };

        var hours = FleetDashboard.Compute(sessions, ["R01"], Until, TimeSpan.FromHours(24)).SessionsByHour;

        Assert.Equal(25, hours.Count); // 12:30 yesterday to 12:30 today touches 25 clock hours
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), hours[0].Hour);
        Assert.Equal(2, hours.Single(h => h.Hour.Hour == 12 && h.Hour.Day == 21).Sessions);
        Assert.Equal(1, hours.Single(h => h.Hour.Hour == 11 && h.Hour.Day == 21).Sessions);
        Assert.Equal(1, hours.Single(h => h.Hour.Hour == 9 && h.Hour.Day == 21).Sessions);
        Assert.Equal(4, hours.Sum(h => h.Sessions));
    }
}
