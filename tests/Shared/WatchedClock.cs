using Microsoft.Extensions.Time.Testing;

namespace MynaGate.Tests;

/// <summary>
/// A fake clock that also counts the timers set on it, so a test can wait until the code under test has set its
/// timer (a screen's timeout, a probe's pause) before moving time past it.
/// </summary>
internal sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _timers;

    public int TimersCreated => Volatile.Read(ref _timers);

    public event Action? TimerCreated;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timers);
        TimerCreated?.Invoke();
        return timer;
    }
}
