using System.Threading.Channels;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Ocr.Synthetic;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;
using MynaGate.Reader.Link;

namespace MynaGate.Chain;

/// <summary>One emulated reader unit of the chain: its flow, its link server, its vpcd slot and its cameras.</summary>
public sealed class ChainReader : IAsyncDisposable
{
    private readonly Channel<SessionOutcome> _outcomes = Channel.CreateUnbounded<SessionOutcome>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly IDisposable _engines;

    internal ChainReader(string id, VerificationFlow flow, ReaderLinkServer server, PairingState pairing, VpcdSlot slot, ChainCameras cameras,
        IDisposable engines)
    {
        Id = id;
        Flow = flow;
        Server = server;
        Pairing = pairing;
        Slot = slot;
        Cameras = cameras;
        _engines = engines;
        flow.SessionEnded += outcome => _outcomes.Writer.TryWrite(outcome);
        _loop = Task.Run(() => flow.RunAsync(_stopping.Token));
    }

    public string Id { get; }
    public VerificationFlow Flow { get; }
    public ReaderLinkServer Server { get; }
    public PairingState Pairing { get; }
    public VpcdSlot Slot { get; }
    public ChainCameras Cameras { get; }

    /// <summary>The reader's screen, when the chain serves kiosks.</summary>
    public KioskServer? Kiosk { get; init; }

    /// <summary>What the terminal's console sees and changes on the reader.</summary>
    public required ReaderControl Control { get; init; }

    /// <summary>Places <paramref name="card"/>, with the cameras showing its face and <paramref name="faceFrames"/>.</summary>
    public async Task InsertAsync(VirtualMyNumberCard card, int seed, IReadOnlyList<byte[]> faceFrames)
    {
        ArgumentNullException.ThrowIfNull(card);
        Cameras.Show(card.Image.Persona, seed, faceFrames);
        await Slot.InsertAsync(card).ConfigureAwait(false);
    }

    public Task RemoveAsync() => Slot.RemoveAsync();

    /// <summary>公費 paper mode: the patient lays the certificate of <paramref name="truth"/> on the reader.</summary>
    public void PlaceCertificate(CertificateTruth truth, int seed) => Cameras.PlaceCertificate(truth, seed);

    /// <summary>Waits until the flow shows <paramref name="state"/>.</summary>
    public async Task<FlowScreen> WaitForAsync(FlowState state, TimeSpan timeout)
    {
        var reached = new TaskCompletionSource<FlowScreen>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Watch(FlowScreen screen)
        {
            if (screen.State == state) reached.TrySetResult(screen);
        }
        Flow.ScreenChanged += Watch;
        try
        {
            if (Flow.Screen.State == state) return Flow.Screen;
            return await reached.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Reader {Id} did not reach {state} within {timeout.TotalSeconds:0.#} s; it shows {Flow.Screen.State} ({Flow.Screen.ErrorCode}).");
        }
        finally
        {
            Flow.ScreenChanged -= Watch;
        }
    }

    /// <summary>The next finished session.</summary>
    public async Task<SessionOutcome> NextOutcomeAsync(TimeSpan timeout)
    {
        try
        {
            var next = _outcomes.Reader.ReadAsync().AsTask();
            // a flow whose loop has ended reports no more sessions: say so now rather than at the timeout
            if (await Task.WhenAny(next, _loop).WaitAsync(timeout).ConfigureAwait(false) != next)
                throw new InvalidOperationException($"Reader {Id}'s flow stopped; it shows {Flow.Screen.State} ({Flow.Screen.ErrorCode}).", _loop.Exception);
            return await next.ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Reader {Id} ended no session within {timeout.TotalSeconds:0.#} s; it shows {Flow.Screen.State} ({Flow.Screen.ErrorCode}).");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Slot.DisposeAsync().ConfigureAwait(false);
        await Server.DisposeAsync().ConfigureAwait(false);
        Control.Dispose();
        if (Kiosk is not null) await Kiosk.DisposeAsync().ConfigureAwait(false);
        _engines.Dispose();
        _stopping.Dispose();
    }
}
