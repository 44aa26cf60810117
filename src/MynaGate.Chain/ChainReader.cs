using System.Threading.Channels;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Ocr.Synthetic;
using MynaGate.Reader.Cards;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Host;
using MynaGate.Reader.Kiosk;
using MynaGate.Reader.Link;

namespace MynaGate.Chain;

/// <summary>
/// One reader unit of an in-process chain: a mynagate-reader host started from its configuration file, its vpcd slot
/// and its camera folders, with the host's flow, screen and link server in reach of tests.
/// </summary>
public sealed class ChainReader : IAsyncDisposable
{
    private readonly Channel<SessionOutcome> _outcomes = Channel.CreateUnbounded<SessionOutcome>();
    private readonly InProcessHost _host;
    private readonly Task _loop;

    internal ChainReader(string id, InProcessHost host, VpcdSlot slot, FolderCameras cameras)
    {
        Id = id;
        _host = host;
        Slot = slot;
        Cameras = cameras;
        Flow = host.Part<VerificationFlow>();
        Server = host.Part<ReaderLinkServer>();
        Pairing = host.Part<PairingState>();
        Kiosk = host.Part<KioskServer>();
        Control = host.Part<ReaderControl>();
        _loop = host.Part<ReaderFlowLoop>().Completion;
        Flow.SessionEnded += outcome => _outcomes.Writer.TryWrite(outcome);
    }

    public string Id { get; }

    public VerificationFlow Flow { get; }
    public ReaderLinkServer Server { get; }
    public PairingState Pairing { get; }
    public VpcdSlot Slot { get; }
    /// <summary>The 汎用 reader smartphones are held over (R32), when the chain gives readers one.</summary>
    public VpcdSlot? PhoneSlot { get; init; }
    public FolderCameras Cameras { get; }

    /// <summary>The reader's screen.</summary>
    public KioskServer Kiosk { get; }

    /// <summary>What the terminal's console sees and changes on the reader.</summary>
    public ReaderControl Control { get; }

    /// <summary>Places <paramref name="card"/>, with the cameras showing its face (its chip photo printed on it) and <paramref name="faceFrames"/>.</summary>
    public async Task InsertAsync(VirtualMyNumberCard card, int seed, IReadOnlyList<byte[]> faceFrames)
    {
        ArgumentNullException.ThrowIfNull(card);
        // the cameras first: the reader opens them once the card is in
        Cameras.Show(card.Image.Persona, seed, faceFrames, ChipPhoto(card));
        await Slot.InsertAsync(card).ConfigureAwait(false);
    }

    /// <summary>Places <paramref name="card"/> back up: the chip answers as ever, the card camera sees its back (R37).</summary>
    public async Task InsertBackUpAsync(VirtualMyNumberCard card, int seed, IReadOnlyList<byte[]> faceFrames)
    {
        ArgumentNullException.ThrowIfNull(card);
        Cameras.ShowBack(card.Image.Persona, seed, faceFrames);
        await Slot.InsertAsync(card).ConfigureAwait(false);
    }

    /// <summary>The photo the card's chip holds, which is the one printed on its face.</summary>
    public static byte[] ChipPhoto(VirtualMyNumberCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return CardFace.Parse(card.Image.CardFaceRecord).Photo;
    }

    /// <summary>Takes the card away: out of the slot, and out of the card camera's view.</summary>
    public async Task RemoveAsync()
    {
        await Slot.RemoveAsync().ConfigureAwait(false);
        Cameras.TakeCard();
    }

    /// <summary>Holds the virtual phone <paramref name="phone"/> over the smartphones' reader.</summary>
    public Task TapPhoneAsync(VirtualMyNumberCard phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return (PhoneSlot ?? throw new InvalidOperationException($"Reader {Id} has no smartphones' reader.")).InsertAsync(phone);
    }

    /// <summary>
    /// Takes the phone away from the smartphones' reader and waits until pcscd has seen it go: it polls vpcd, and a
    /// phone held again before its next poll would be taken for the one it still sees.
    /// </summary>
    public async Task LiftPhoneAsync()
    {
        if (PhoneSlot is null) return;
        await PhoneSlot.RemoveAsync().ConfigureAwait(false);
        string reader;
        using (var context = PcscContext.Establish()) reader = VpcdReaders.ForPort(context, PhoneSlot.Port);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await new PcscCardSlot(reader).WaitForRemovalAsync(deadline.Token).ConfigureAwait(false);
    }

    /// <summary>公費 paper mode: the patient lays the certificate of <paramref name="truth"/> on the reader.</summary>
    public void PlaceCertificate(CertificateTruth truth, int seed) => Cameras.PlaceCertificate(truth, seed);

    /// <summary>Waits until the flow shows <paramref name="state"/>.</summary>
    public Task<FlowScreen> WaitForAsync(FlowState state, TimeSpan timeout) => WaitForAsync(screen => screen.State == state, state.ToString(), timeout);

    /// <summary>Waits until the flow shows a screen that <paramref name="shown"/> accepts (<paramref name="what"/> names it for the message).</summary>
    public async Task<FlowScreen> WaitForAsync(Func<FlowScreen, bool> shown, string what, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var reached = new TaskCompletionSource<FlowScreen>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Watch(FlowScreen screen)
        {
            if (shown(screen)) reached.TrySetResult(screen);
        }
        Flow.ScreenChanged += Watch;
        try
        {
            if (shown(Flow.Screen)) return Flow.Screen;
            return await reached.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Reader {Id} did not reach {what} within {timeout.TotalSeconds:0.#} s; it shows {Flow.Screen.State} ({Flow.Screen.ErrorCode}).");
        }
        finally
        {
            Flow.ScreenChanged -= Watch;
        }
    }

    /// <summary>
    /// Brings the reader back to idle, whatever a test left behind (pass or fail): the card out of the slot and the phone
    /// off its reader, the tray empty in the card camera's view, a session
    /// that goes on without it (公費 paper mode) ended as the patient would end it, and its outcome forgotten.
    /// </summary>
    public async Task ResetAsync(TimeSpan timeout)
    {
        if (Slot.IsInserted) await RemoveAsync().ConfigureAwait(false);
        if (PhoneSlot is { IsInserted: true }) await LiftPhoneAsync().ConfigureAwait(false);
        Cameras.ClearTray();
        if (Flow.Screen.State != FlowState.Idle) Flow.Send(new Cancel());
        await WaitForAsync(FlowState.Idle, timeout).ConfigureAwait(false);
        DiscardOutcomes();
    }

    /// <summary>
    /// Forgets the sessions that ended and were not asked for (a test that failed mid-way, then its clean-up), so the
    /// next <see cref="NextOutcomeAsync"/> answers with a session that ends after this call.
    /// </summary>
    private void DiscardOutcomes()
    {
        while (_outcomes.Reader.TryRead(out _))
        {
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
        // the host's stop ends the flow (wiping any session) before the card leaves the slot
        await _host.DisposeAsync().ConfigureAwait(false);
        await Slot.DisposeAsync().ConfigureAwait(false);
        if (PhoneSlot is not null) await PhoneSlot.DisposeAsync().ConfigureAwait(false);
    }
}
