using System.Threading.Channels;

namespace MynaGate.Reader.Flow;

/// <summary>
/// What the patient sees and taps: the screen shown (numbered, so a tap made on a screen that has gone is known) and
/// the taps queued for the flow. A step shows its screen and waits here for the input it accepts; 中止, the accessible
/// mode and the input timeout are handled here, alike for every step.
/// </summary>
internal sealed class PatientScreen(TimeProvider clock)
{
    // a patient taps a few times a second; a flood (a stuck key, a script) is refused here rather than queued
    // (Wait mode: TryWrite answers false when full, where DropWrite would claim it kept the tap)
    private const int InputQueueLength = 32;

    private readonly Channel<FlowInput> _inputs = Channel.CreateBounded<FlowInput>(
        new BoundedChannelOptions(InputQueueLength) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    private FlowScreen _screen = FlowScreen.For(FlowState.Idle);
    // from a random start, so a screen version seen before a restart of the reader never names a screen after it
    // (a late 目視確認 click); below 2^40, so the kiosk's script holds it exactly
    private long _version = Random.Shared.NextInt64(1L << 40);
    // the accessible mode of the session under way (R36); every screen drawn carries it
    private volatile bool _accessible;

    public event Action<FlowScreen>? Changed;

    public FlowScreen Current => Volatile.Read(ref _screen);

    /// <summary>Whether the patient started the accessible mode in this session (R36).</summary>
    public bool Accessible => _accessible;

    /// <summary>How long a screen waits for the patient (R11): the session's setting.</summary>
    public TimeSpan InputTimeout { get; set; } = new FlowOptions().InputTimeout;

    /// <summary>Queues an input; false when the queue is full and it was dropped.</summary>
    public bool Send(FlowInput input) => _inputs.Writer.TryWrite(input);

    /// <summary>Shows <paramref name="screen"/> as the next version, in the session's mode.</summary>
    public void Show(FlowScreen screen)
    {
        screen = screen with { Version = Interlocked.Increment(ref _version), Accessible = _accessible && screen.State != FlowState.Idle };
        Volatile.Write(ref _screen, screen);
        Changed?.Invoke(screen);
    }

    /// <summary>Drops queued taps: those made before a card was placed belong to nobody.</summary>
    public void DropTaps()
    {
        while (_inputs.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>The session ended: the next patient starts in the ordinary mode.</summary>
    public void EndSession() => _accessible = false;

    /// <summary>The next tap made on the screen shown that <paramref name="accepts"/> says is one, with no timeout and no 中止 (the idle screen).</summary>
    public async Task<FlowInput> NextTapAsync(Func<FlowInput, bool> accepts, CancellationToken ct)
    {
        while (true)
        {
            var input = await _inputs.Reader.ReadAsync(ct).ConfigureAwait(false);
            if (accepts(input) && MadeOnThisScreen(input)) return input;
        }
    }

    /// <summary>
    /// The next input <paramref name="accepts"/> takes, made on the screen shown. 中止 ends the session
    /// (<see cref="FlowErrors.Cancelled"/>); no input within <see cref="InputTimeout"/> ends it too
    /// (<see cref="FlowErrors.TimedOut"/>); the accessible mode, taken on any screen, draws the screen again in it and
    /// starts the wait afresh unless the step itself accepts it.
    /// </summary>
    public async Task<FlowInput> WaitInputAsync(Func<FlowInput, bool> accepts, CancellationToken ct)
    {
        // the flow's clock runs the timeout, so a test's fake clock can pass it
        using var timeout = new CancellationTokenSource(InputTimeout, clock);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            while (true)
            {
                var input = await _inputs.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
                // 中止 means stop whichever screen it was tapped on
                if (input is Cancel) throw new FlowEndedException(FlowErrors.Cancelled);
                if (input is UseAccessibleMode)
                {
                    if (_accessible) continue;
                    _accessible = true;
                    if (accepts(input)) return input;
                    Show(Current);
                    timeout.CancelAfter(InputTimeout);
                    continue;
                }
                if (MadeOnThisScreen(input) && accepts(input)) return input;
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FlowEndedException(FlowErrors.TimedOut);
        }
    }

    private bool MadeOnThisScreen(FlowInput input)
    {
        var screen = Current;
        return input is PadKey or PadBackspace or PadSubmit
            ? input.Pad is null || input.Pad == screen.PadNonce
            : input.Screen is null || input.Screen == screen.Version;
    }
}
