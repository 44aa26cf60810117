using MynaGate.Link.Messages;
using MynaGate.Storage.Sql;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Relay;
using MynaGate.Tests;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// R43: when the terminal calls the national service down and up again — failures in a row, any answer, the probe
/// while up and while down — and what it keeps of each outage for the console.
/// </summary>
public sealed class NationalServiceWatchTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-outage-").FullName;
    private readonly WatchedClock _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly List<TerminalEventLog> _logs = [];

    private TerminalEventLog Log => _logs[0];

    public async Task InitializeAsync()
    {
        // the log keeps the system's time: the fake clock's timers are the probe loop's alone
        _logs.Add(new TerminalEventLog(SqlDataSource.Open(null, Path.Combine(_folder, "log.db")), TimeProvider.System));
        await Log.EnsureSchemaAsync();
    }

    [Fact]
    public void Failures_below_the_threshold_leave_the_service_up_and_an_answer_starts_the_count_again()
    {
        var watch = Watch(failures: 3);
        watch.Failed(LinkErrorCodes.NationalServiceTimeout);
        watch.Failed(LinkErrorCodes.NationalServiceTimeout);
        watch.Answered();
        watch.Failed(LinkErrorCodes.NationalServiceUnavailable);
        watch.Failed(LinkErrorCodes.NationalServiceUnavailable);
        bool downAfterTwo = watch.IsDown;
        watch.Failed(LinkErrorCodes.NationalServiceUnavailable);

        Assert.False(downAfterTwo);
        Assert.True(watch.IsDown);
    }

    [Fact]
    public async Task An_outage_is_announced_once_each_way_and_kept_with_its_first_failure_and_its_end()
    {
        var watch = Watch(failures: 2);
        var notices = new List<NationalServiceNotice>();
        watch.Changed += notices.Add;
        var first = _clock.GetUtcNow();
        watch.Failed(LinkErrorCodes.NationalServiceTimeout);
        _clock.Advance(TimeSpan.FromSeconds(7));
        var declared = _clock.GetUtcNow();
        watch.Failed(LinkErrorCodes.NationalServiceTimeout);
        watch.Failed(LinkErrorCodes.NationalServiceTimeout);
        _clock.Advance(TimeSpan.FromMinutes(3));
        var ended = _clock.GetUtcNow();
        watch.Answered();
        watch.Answered();

        Assert.Equal([new NationalServiceNotice(true, declared), new NationalServiceNotice(false, ended)], notices);
        Assert.Equal(new NationalServiceOutage(first, declared, ended), Assert.Single(watch.Outages));
        var events = (await Log.ReadAsync()).Select(e => (e.Event, e.ErrorCode)).ToList();
        Assert.Contains((TerminalEvent.NationalServiceDown, LinkErrorCodes.NationalServiceTimeout), events);
        Assert.Single(events, e => e.Event == TerminalEvent.NationalServiceRestored);
    }

    [Fact]
    public async Task The_probe_finds_an_outage_between_patients_asks_every_five_seconds_while_down_and_brings_service_back()
    {
        bool failing = true;
        int probed = 0;
        using var probes = new SemaphoreSlim(0);
        var watch = new NationalServiceWatch(_ =>
        {
            Interlocked.Increment(ref probed);
            probes.Release();
            return failing ? Task.FromException(new NationalServiceException(LinkErrorCodes.NationalServiceUnavailable, "refused", serviceFault: true))
                : Task.CompletedTask;
        }, Log, _clock, failuresForOutage: 1, TimeSpan.FromSeconds(30));
        using var stop = new CancellationTokenSource();
        var running = watch.RunAsync(stop.Token);

        await AdvanceUntilProbedAsync(TimeSpan.FromSeconds(29), probes, expectProbe: false);
        await AdvanceUntilProbedAsync(TimeSpan.FromSeconds(1), probes, expectProbe: true);
        await WaitUntilAsync(() => watch.IsDown);
        await AdvanceUntilProbedAsync(TimeSpan.FromSeconds(5), probes, expectProbe: true);
        bool stillDown = watch.IsDown;
        failing = false;
        await AdvanceUntilProbedAsync(TimeSpan.FromSeconds(5), probes, expectProbe: true);
        await WaitUntilAsync(() => !watch.IsDown);
        await stop.CancelAsync();
        await running;

        Assert.True(stillDown);
        Assert.Equal(3, probed);
        Assert.NotNull(Assert.Single(watch.Outages).Ended);
    }

    private NationalServiceWatch Watch(int failures) =>
        new(_ => Task.CompletedTask, Log, _clock, failures, TimeSpan.FromSeconds(30));

    // the probe loop pauses on the fake clock: each step waits until the loop has set its next pause (its timers
    // count one more), moves the clock on, and says whether that brought a probe
    private int _pausesSeen;

    private async Task AdvanceUntilProbedAsync(TimeSpan step, SemaphoreSlim probes, bool expectProbe)
    {
        await WaitUntilAsync(() => _clock.TimersCreated > _pausesSeen);
        _pausesSeen = _clock.TimersCreated;
        _clock.Advance(step);
        bool probed = await probes.WaitAsync(TimeSpan.Zero) || (expectProbe && await probes.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(expectProbe, probed);
        // a pause that did not end is the same pause: the next step must not wait for a new one
        if (!probed) _pausesSeen--;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not become true.");
            await Task.Delay(10);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var log in _logs) await log.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
