using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MynaGate.Hosting;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Certificates;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Reader.Cards;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Hardening;
using MynaGate.Reader.Kiosk;
using MynaGate.Reader.Link;
using MynaGate.Storage;
using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Host;

/// <summary>
/// One reader unit from its options: card slot, cameras, engines, the verification flow, the kiosk screen on loopback
/// and the link server on the LAN. The stop ends the flow (which wipes any session) before the servers close.
/// </summary>
public sealed class ReaderHostedService(IOptions<ReaderHostOptions> options, HostParts parts, ILogger<ReaderHostedService> logger, ILoggerFactory logs)
    : IHostedService, IHealthCheck, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly TesseractPool _ocr = new();
    private X509Certificate2? _identity;
    private FaceEngine? _faces;
    private CardSideCheck? _cardSide;
    private PaddleTextRecognizer? _paddle;
    private PaddleOrientation? _orientation;
    private PaddleTextDetector? _detector;
    private PairingState? _pairing;
    private KioskServer? _kiosk;
    private ReaderControl? _control;
    private ReaderLinkServer? _link;
    private Task _flowLoop = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // this process holds patients' PINs and images: no core dumps (R29)
        ProcessHardening.DisableCoreDumps();
        var o = options.Value;
        Directory.CreateDirectory(o.StateDirectory);
        // a write of the pairing killed mid-way left a hidden temporary file
        AtomicFileWriter.RemoveStaleTemporaries(o.StateDirectory);
        _identity = DeviceIdentity.LoadOrCreate(Path.Combine(o.StateDirectory, "identity.pfx"), $"MynaGate Reader {o.Id}");
        _pairing = new PairingState(Path.Combine(o.StateDirectory, "paired-terminal.json"));
        using var root = RSA.Create();
        root.ImportFromPem(await File.ReadAllTextAsync(o.CardFaceRootKeyFile, cancellationToken).ConfigureAwait(false));
        var engine = FaceEngineOptions.Default();
        _faces = FaceEngine.Create(engine with
        {
            Recognizer = o.FaceRecognizer.Length > 0 ? o.FaceRecognizer : engine.Recognizer,
            AllowResearchOnlyRecognizer = o.AllowResearchOnlyRecognizer,
        }, o.ModelsDirectory);
        _cardSide = new CardSideCheck(FaceDetector.Create(engine.DetectorModel, o.ModelsDirectory, engine.Detector));
        _paddle = PaddleTextRecognizer.Load(o.ModelsDirectory);
        _orientation = PaddleOrientation.Load(o.ModelsDirectory);
        _detector = PaddleTextDetector.Load(o.ModelsDirectory);
        string? phoneReader = string.IsNullOrEmpty(o.SmartphoneReader) ? null : o.SmartphoneReader;
        var slot = o.CardReader != ReaderHostOptions.AnyCardReader ? new PcscCardSlot(o.CardReader)
            : phoneReader is not null ? PcscCardSlot.AnyReaderExcept(phoneReader) : PcscCardSlot.AnyReader();
        var cardCamera = CameraSources.Open(o.CardCamera);
        var devices = new ReaderDevices(slot, cardCamera,
            new EngineFaceMatching(_faces, CameraSources.Open(o.FaceCamera)),
            new CameraCardFaceReader(new CardFaceFrameReader(_ocr, _detector, _paddle, _orientation), cardCamera, _cardSide),
            new CameraCertificateReader(new CertificateReader(_ocr, _paddle), cardCamera), root.ExportParameters(false))
        {
            // the card slot itself when phones are laid on it (R42)
            PhoneSlot = phoneReader is null ? null : phoneReader == o.CardReader ? slot : new PcscCardSlot(phoneReader),
        };
        var channel = new TerminalChannel();
        var flow = new VerificationFlow(devices, FlowOptionsOf(o), channel, _identity, o.Id, TimeProvider.System);
        var kioskOptions = new KioskOptions { Serial = o.Serial, DebugMode = o.Kiosk.DebugMode, Voice = o.Kiosk.Voice };
        try
        {
            var voice = o.Kiosk.JapaneseVoiceFile is { Length: > 0 } file ? JapaneseVoiceOf(file) : null;
            _kiosk = await KioskServer.StartAsync(o.Kiosk.Port, flow, kioskOptions, _pairing, logs, voice, cancellationToken).ConfigureAwait(false);
            _control = new ReaderControl(flow, _kiosk, o.Serial, TimeProvider.System);
            _link = await ReaderLinkServer.StartAsync(ListenAddress.Parse(o.LinkListen), _identity, o.Id, o.Serial, _pairing, channel, _control,
                logs, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or LinkAddressInUseException)
        {
            throw new HostStartException($"Reader:LinkListen {o.LinkListen} or Reader:Kiosk:Port {o.Kiosk.Port} cannot be served: {e.Message}", e);
        }
        flow.SessionFault += e => ReaderHostLog.SessionFault(logger, o.Id, e.GetType().Name);
        _flowLoop = Task.Run(() => RunFlowAsync(flow, o.Id), CancellationToken.None);
        _pairing.Changed += () =>
        {
            if (_pairing.PairedTerminal is { } terminal) ReaderHostLog.Paired(logger, o.Id, terminal.Sha256);
        };
        // what an in-process chain drives and watches
        parts.Publish(flow);
        parts.Publish(_pairing);
        parts.Publish(_kiosk);
        parts.Publish(_control);
        parts.Publish(_link);
        parts.Publish(new ReaderFlowLoop(_flowLoop));
        string pin = CertificatePin.Of(_identity).Sha256;
        ReaderHostLog.ReaderUp(logger, o.Id, o.CardReader, _link.Address, _kiosk.Address, pin);
        if (!_pairing.IsPaired) ReaderHostLog.Unpaired(logger, o.Id);
    }

    private static FlowOptions FlowOptionsOf(ReaderHostOptions o)
    {
        var defaults = new FlowOptions();
        var f = o.Flow;
        return defaults with
        {
            LivePreview = o.Kiosk.LivePreview,
            PaperMode = o.PaperMode,
            VisualCheckEnabled = o.VisualCheck,
            Consents = f.Consents is { } consents ? [.. consents] : f.ConsentSet is { } set ? ConsentSets.ByName[set] : defaults.Consents,
            PrescriptionChoice = f.PrescriptionChoice ?? defaults.PrescriptionChoice,
            MedicalSubsidyQuestion = f.MedicalSubsidyQuestion ?? defaults.MedicalSubsidyQuestion,
            PaperForms = f.PaperForms is { } forms ? [.. forms] : defaults.PaperForms,
            ReadCardFaceOnPlacement = f.ReadCardFaceOnPlacement ?? defaults.ReadCardFaceOnPlacement,
            FaceAttempts = f.FaceAttempts ?? defaults.FaceAttempts,
            InputTimeout = f.InputTimeoutSeconds is { } input ? TimeSpan.FromSeconds(input) : defaults.InputTimeout,
            CardNotDetectedAfter = f.CardNotDetectedSeconds is { } unfound ? TimeSpan.FromSeconds(unfound) : defaults.CardNotDetectedAfter,
            TerminalTimeout = f.TerminalTimeoutSeconds is { } terminal ? TimeSpan.FromSeconds(terminal) : defaults.TerminalTimeout,
        };
    }

    // the flow's loop under a supervisor: a fault outside any session (pcscd gone, say) is logged and the loop starts
    // again after a pause that grows while it keeps failing (to 5 s: pcscd back means a patient served within seconds),
    // so the unit serves the next patient once the cause is gone
    private async Task RunFlowAsync(VerificationFlow flow, string readerId)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await flow.RunAsync(_stopping.Token).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                ReaderHostLog.FlowRestarting(logger, readerId, e.GetType().Name, pause.TotalSeconds);
            }
            try
            {
                await Task.Delay(pause, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            pause = TimeSpan.FromSeconds(Math.Min(5, pause.TotalSeconds * 2));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_link is null || _flowLoop.IsCompleted ? HealthCheckResult.Unhealthy()
            : _pairing?.IsPaired == true ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("unpaired"));

    public async ValueTask DisposeAsync()
    {
        parts.Withdraw<VerificationFlow>();
        parts.Withdraw<PairingState>();
        parts.Withdraw<KioskServer>();
        parts.Withdraw<ReaderControl>();
        parts.Withdraw<ReaderLinkServer>();
        parts.Withdraw<ReaderFlowLoop>();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _flowLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_link is not null) await _link.DisposeAsync().ConfigureAwait(false);
        _link = null;
        _control?.Dispose();
        _control = null;
        if (_kiosk is not null) await _kiosk.DisposeAsync().ConfigureAwait(false);
        _kiosk = null;
        _faces?.Dispose();
        _faces = null;
        _cardSide?.Dispose();
        _cardSide = null;
        _paddle?.Dispose();
        _paddle = null;
        _orientation?.Dispose();
        _orientation = null;
        _detector?.Dispose();
        _detector = null;
        _ocr.Dispose();
        _identity?.Dispose();
        _identity = null;
    }

    /// <summary>Open JTalk where Debian installs it, with this voice file.</summary>
    public static JapaneseVoice JapaneseVoiceOf(string voiceFile) => new(JapaneseVoice.DefaultProgram, JapaneseVoice.DefaultDictionary, voiceFile);
}
