using Microsoft.Extensions.Time.Testing;

namespace MynaGate.Reader.Tests.Flow.Fakes;

/// <summary>
/// A fake clock that also counts the timers set on it, so a test can wait until the flow has started a screen's
/// timeout (it is set just after the screen is shown) before moving time past it.
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
