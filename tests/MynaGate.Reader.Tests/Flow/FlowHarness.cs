using System.Threading.Channels;
using MynaGate.Card.Virtual;
using MynaGate.Link.Identity;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Tests.Flow.Fakes;
using MynaGate.Tests;
using MynaGate.Vision.Frames;
using MynaGate.Vision.Imaging;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>
/// One <see cref="VerificationFlow"/> running in process against in-process devices and terminal, on a fake clock:
/// a test places cards, waits for screens and taps on them as the kiosk would. Every wait is on a condition, bounded
/// so a flow that never gets there fails with the screens it showed instead of hanging the run.
/// </summary>
internal sealed class FlowHarness : IAsyncDisposable
{
    public const string ReaderId = "R-FLOW";

    // generous: a screen comes within milliseconds; this only bounds a flow that is stuck
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<SessionOutcome> _outcomes = Channel.CreateUnbounded<SessionOutcome>();
    private readonly List<FlowScreen> _shown = [];
    private readonly Dictionary<long, int> _timersAtScreen = [];
    private readonly SemaphoreSlim _changed = new(0);
    private readonly Task _run;

    /// <param name="options">The clinic's settings; by default no consents, no prescription choice and no idle camera watch.</param>
    /// <param name="phonesOnCardSlot">Phones are laid on the card slot itself (R42) instead of a reader of their own.</param>
    public FlowHarness(FlowCards cards, FlowOptions? options = null, bool phoneReader = false, bool phonesOnCardSlot = false)
    {
        Cards = cards;
        Options = options ?? Quick;
        Terminal = new ScriptedTerminal(Clock);
        PhoneSlot = phonesOnCardSlot ? Slot : phoneReader ? new InProcessCardSlot() : null;
        Identity = DeviceIdentity.Create("MynaGate Reader " + ReaderId);
        var devices = new ReaderDevices(Slot, () => new NoFrames(), Faces, CardFace, Certificates, cards.CardFaceRoot) { PhoneSlot = PhoneSlot };
        Flow = new VerificationFlow(devices, Options, Terminal, Identity, ReaderId, Clock);
        Flow.ScreenChanged += screen =>
        {
            lock (_shown)
            {
                _shown.Add(screen);
                _timersAtScreen[screen.Version] = Clock.TimersCreated;
            }
            _changed.Release();
        };
        Clock.TimerCreated += () => _changed.Release();
        Flow.SessionEnded += outcome => _outcomes.Writer.TryWrite(outcome);
        _run = Task.Run(() => Flow.RunAsync(_stop.Token));
    }

    /// <summary>Settings that take a patient straight from the proof to the result.</summary>
    public static FlowOptions Quick { get; } = new()
    {
        Consents = [], PrescriptionChoice = false, CardNotDetectedAfter = TimeSpan.Zero, ReadCardFaceOnPlacement = true,
    };

    public FlowCards Cards { get; }
    public FlowOptions Options { get; }
    public WatchedClock Clock { get; } = new(new DateTimeOffset(2026, 12, 6, 1, 0, 0, TimeSpan.Zero));
    public InProcessCardSlot Slot { get; } = new();
    public InProcessCardSlot? PhoneSlot { get; }
    public ScriptedFaces Faces { get; } = new();
    public ScriptedCardFace CardFace { get; } = new();
    public ScriptedCertificates Certificates { get; } = new();
    public ScriptedTerminal Terminal { get; }
    public System.Security.Cryptography.X509Certificates.X509Certificate2 Identity { get; }
    public VerificationFlow Flow { get; }

    /// <summary>Every screen shown so far, in order.</summary>
    public IReadOnlyList<FlowScreen> Shown
    {
        get
        {
            lock (_shown) return [.. _shown];
        }
    }

    /// <summary>Places a fresh copy of a <paramref name="kind"/> card, whose face the card camera then shows.</summary>
    public Card.Virtual.Engine.VirtualMyNumberCard Place(VirtualCardKind kind = VirtualCardKind.Card) => Place(Cards.Fresh(kind));

    /// <summary>Places <paramref name="card"/>, whose face the card camera then shows.</summary>
    public Card.Virtual.Engine.VirtualMyNumberCard Place(Card.Virtual.Engine.VirtualMyNumberCard card)
    {
        CardFace.Card = card.Image.Persona;
        Slot.Place(card);
        return card;
    }

    /// <summary>Holds a fresh copy of a phone over the smartphones' reader.</summary>
    public Card.Virtual.Engine.VirtualMyNumberCard HoldPhone(VirtualCardKind kind)
    {
        var phone = Cards.Fresh(kind);
        (PhoneSlot ?? throw new InvalidOperationException("This reader has no smartphones' reader.")).Place(phone);
        return phone;
    }

    /// <summary>Waits until the flow shows <paramref name="state"/> and stays on it for input.</summary>
    public Task<FlowScreen> ScreenAsync(FlowState state) => ScreenAsync(s => s.State == state, state.ToString());

    public async Task<FlowScreen> ScreenAsync(Func<FlowScreen, bool> shows, string what)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            // the flow's screen before it first draws one is nobody's: a tap on it would be dropped
            bool drawn;
            lock (_shown) drawn = _shown.Count > 0;
            var screen = Flow.Screen;
            if (drawn && shows(screen)) return screen;
            try
            {
                await _changed.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The flow never showed {what}; it showed {string.Join(" → ", Shown.Select(s => s.State))}.");
            }
        }
    }

    /// <summary>Waits for the method choice shown again with <paramref name="code"/>, after a way that did not prove the card.</summary>
    public Task<FlowScreen> ChoiceAfterAsync(string code) =>
        ScreenAsync(s => s.State == FlowState.MethodChoice && s.ErrorCode == code, $"{code} at the method choice");

    /// <summary>Places the holder's card and proves it by face (matched by default), for the steps after the proof.</summary>
    public async Task ProveByFaceAsync()
    {
        Place();
        await TapOnAsync(FlowState.MethodChoice, new ChooseMethod(Onshi.Contract.Assertions.AuthenticationMethod.Face));
    }

    /// <summary>Taps <paramref name="input"/> on <paramref name="screen"/>, as the kiosk sends it.</summary>
    public void Tap(FlowScreen screen, FlowInput input)
    {
        bool queued = Flow.Send(input is PadKey or PadBackspace or PadSubmit ? input with { Pad = screen.PadNonce } : input with { Screen = screen.Version });
        Assert.True(queued);
    }

    /// <summary>Waits for <paramref name="state"/> and taps <paramref name="input"/> on it.</summary>
    public async Task<FlowScreen> TapOnAsync(FlowState state, FlowInput input)
    {
        var screen = await ScreenAsync(state);
        Tap(screen, input);
        return screen;
    }

    /// <summary>
    /// Lets the patient walk away from <paramref name="screen"/>: once the flow has set that screen's timeout, the
    /// clock moves past it.
    /// </summary>
    public async Task WalkAwayAsync(FlowScreen screen)
    {
        int before;
        lock (_shown) before = _timersAtScreen[screen.Version];
        await ScreenAsync(_ => Clock.TimersCreated > before, $"a timeout set on {screen.State}");
        Clock.Advance(Options.InputTimeout);
    }

    /// <summary>Types <paramref name="pin"/> on the PIN pad shown and submits it.</summary>
    public async Task EnterPinAsync(string pin)
    {
        var pad = await ScreenAsync(FlowState.PinEntry);
        foreach (char digit in pin) Tap(pad, new PadKey(pad.PadLayout!.ToList().IndexOf(digit - '0')));
        await ScreenAsync(s => s.State == FlowState.PinEntry && s.DigitsEntered == pin.Length && s.PadNonce == pad.PadNonce, $"{pin.Length} digits entered");
        Tap(pad, new PadSubmit());
    }

    /// <summary>The next session's ending.</summary>
    public async Task<SessionOutcome> OutcomeAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            return await _outcomes.Reader.ReadAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No session ended; the flow showed {string.Join(" → ", Shown.Select(s => s.State))}.");
        }
    }

    /// <summary>Whether a session ended that the test did not take yet.</summary>
    public bool HasOutcome => _outcomes.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Slot.Dispose();
        if (!ReferenceEquals(PhoneSlot, Slot)) PhoneSlot?.Dispose();
        await _run.WaitAsync(Patience);
        _stop.Dispose();
        _changed.Dispose();
        Identity.Dispose();
    }

    /// <summary>A camera that shows nothing (the idle watch is off; the engines are the test's).</summary>
    private sealed class NoFrames : IFrameSource
    {
        public ValueTask<VisionImage?> NextFrameAsync(CancellationToken cancellationToken) => ValueTask.FromResult<VisionImage?>(null);

        public void Dispose()
        {
        }
    }
}
