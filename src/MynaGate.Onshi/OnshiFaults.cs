namespace MynaGate.Onshi;

/// <summary>
/// Faults switched on while the emulator runs, to play a national service that is slow or failing for a while
/// (soak runs, a vendor's own tests): every qualification and consent call, and the health route, waits
/// <see cref="Delay"/> longer, and is answered with <see cref="FailWith"/> and no body when that is set. Safe to change
/// from any thread.
/// </summary>
public sealed class OnshiFaults
{
    private long _delayTicks;
    private int _failWith;

    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(ref _delayTicks, value.Ticks);
    }

    /// <summary>An HTTP status (500, 503, …) answered in place of every qualification and consent answer; null for none.</summary>
    public int? FailWith
    {
        get => Volatile.Read(ref _failWith) is var status and not 0 ? status : null;
        set
        {
            if (value is < 400 or > 599) throw new ArgumentOutOfRangeException(nameof(value), "A fault is an HTTP error status, 400 to 599.");
            Volatile.Write(ref _failWith, value ?? 0);
        }
    }

    public void Clear()
    {
        Delay = TimeSpan.Zero;
        FailWith = null;
    }
}
