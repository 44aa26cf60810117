using System.Net;
using MynaGate.Admin;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Link.Identity;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Certificates;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Tesseract;
using MynaGate.Onshi;
using MynaGate.Onshi.Seeding;
using MynaGate.Reader.Cards;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Hardening;
using MynaGate.Reader.Kiosk;
using MynaGate.Reader.Link;
using MynaGate.Terminal;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Models;

namespace MynaGate.Chain;

/// <summary>
/// The national-service emulator, a terminal and N readers in one process, each reader on its own vpcd slot, paired
/// with the terminal by its one-time code as an installer would. Identities, pairings, cards and stores live under
/// the state folder.
/// </summary>
public sealed class LocalChain : IAsyncDisposable
{
    private readonly ChainOptions _options;
    private readonly TesseractPool _ocr = new();
    private readonly SyntheticFonts _fonts = SyntheticFonts.Load();
    private readonly List<ChainReader> _readers = [];
    private TestJpkiAuthority? _authority;

    private LocalChain(ChainOptions options)
    {
        _options = options;
        Layout = new ChainLayout(options.StateDirectory);
        Provisioner = new VirtualCardProvisioner(Layout.VirtualCards);
    }

    public VirtualCardProvisioner Provisioner { get; }
    public OnshiServer Onshi { get; private set; } = null!;
    public TerminalService Terminal { get; private set; } = null!;
    /// <summary>The terminal's management console, when <see cref="ChainOptions.Console"/>.</summary>
    public ConsoleServer? Console { get; private set; }
    public IReadOnlyList<ChainReader> Readers => _readers;
    public ChainLayout Layout { get; }
    public string FaceFolder => Layout.FaceFolder;
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);

    public static async Task<LocalChain> StartAsync(ChainOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        // this process hosts readers, so it holds patients' PINs and images: no core dumps (R29)
        ProcessHardening.DisableCoreDumps();
        var chain = new LocalChain(options);
        try
        {
            chain._authority = chain.Provisioner.LoadAuthority();
            await chain.StartOnshiAsync(cancellationToken).ConfigureAwait(false);
            chain.Terminal = await TerminalService.StartAsync(chain.TerminalOptions(), cancellationToken).ConfigureAwait(false);
            await chain.StartConsoleAsync(cancellationToken).ConfigureAwait(false);
            using var context = PcscContext.Establish();
            for (int i = 0; i < options.Readers; i++)
            {
                var reader = await chain.StartReaderAsync(context, i, cancellationToken).ConfigureAwait(false);
                chain._readers.Add(reader);
                if (reader.Pairing.Code is { } code) await chain.Terminal.PairAsync(reader.Server.Address, code, cancellationToken).ConfigureAwait(false);
            }
            chain.Site().Save(chain.Layout);
            return chain;
        }
        catch
        {
            await chain.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Issues (or reloads) the virtual card for <paramref name="seed"/> and registers it with the national service.</summary>
    public async Task<VirtualMyNumberCard> CardAsync(int seed, string? photoJpeg, EnrolmentScenario scenario = EnrolmentScenario.Insured, bool fresh = true)
    {
        var card = fresh ? Provisioner.Reissue(seed, photoJpeg) : Provisioner.LoadOrIssue(seed, photoJpeg);
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(card.Image.AuthenticationCertificate);
        await OnshiEnrolment.EnrolAsync(Onshi.Store, certificate, seed, Today, scenario).ConfigureAwait(false);
        return card;
    }

    /// <summary>The addresses this chain listens on, as started.</summary>
    public ChainSite Site() => new(Onshi.BaseAddress, _readers.Count,
    [
        new("national service (emulator)", Onshi.BaseAddress.Port),
        .. Console is null ? Array.Empty<ChainSitePort>() : [new ChainSitePort("console", Console.Address.Port)],
        .. _readers.Select(r => new ChainSitePort($"reader {r.Id} link", r.Server.Address.Port)),
        .. _readers.Where(r => r.Kiosk is not null).Select(r => new ChainSitePort($"reader {r.Id} kiosk", r.Kiosk!.Address.Port)),
    ]);

    /// <summary>Stops the terminal and starts it again from its state folder (pairings kept), as after a reboot.</summary>
    public async Task RestartTerminalAsync()
    {
        if (Console is not null) await Console.DisposeAsync().ConfigureAwait(false);
        await Terminal.DisposeAsync().ConfigureAwait(false);
        Terminal = await TerminalService.StartAsync(TerminalOptions()).ConfigureAwait(false);
        await StartConsoleAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task StartConsoleAsync(CancellationToken cancellationToken)
    {
        if (!_options.Console) return;
        Console = await ConsoleServer.StartAsync(new ConsoleOptions
        {
            Endpoint = new IPEndPoint(IPAddress.Loopback, _options.Ports.Console),
            StateDirectory = Layout.TerminalFolder,
        }, Terminal, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the national service down (its port stops answering).</summary>
    public ValueTask StopOnshiAsync() => Onshi.DisposeAsync();

    private async Task StartOnshiAsync(CancellationToken cancellationToken)
    {
        Onshi = await OnshiServer.StartAsync(new OnshiOptions
        {
            ServerCertificate = OnshiIdentity(),
            AuthenticationCa = _authority!.AuthenticationCa,
            SqliteFile = Path.Combine(Layout.OnshiFolder, "onshi.db"),
            Port = _options.Ports.Onshi,
            ConnectionString = _options.ConnectionString,
            ResponseDelay = _options.NationalServiceDelay,
        }, cancellationToken).ConfigureAwait(false);
        using var terminalIdentity = TerminalIdentity();
        await Onshi.Store.RegisterTerminalAsync(CertificatePin.Of(terminalIdentity).Sha256, _options.MedicalInstitutionCode, cancellationToken).ConfigureAwait(false);
    }

    private TerminalOptions TerminalOptions()
    {
        using var onshiIdentity = OnshiIdentity();
        return new TerminalOptions
        {
            Identity = TerminalIdentity(),
            StateDirectory = Layout.TerminalFolder,
            FaceFolder = FaceFolder,
            MedicalInstitutionCode = _options.MedicalInstitutionCode,
            NationalService = Onshi.BaseAddress,
            NationalServicePin = CertificatePin.Of(onshiIdentity),
            NationalServiceTimeout = _options.NationalServiceTimeout,
            CharacterCode = _options.CharacterCode,
            LicensedReaders = _options.LicensedReaders,
            LogConnectionString = _options.ConnectionString,
        };
    }

    private System.Security.Cryptography.X509Certificates.X509Certificate2 TerminalIdentity() =>
        DeviceIdentity.LoadOrCreate(Layout.TerminalIdentity, "MynaGate Terminal");

    private System.Security.Cryptography.X509Certificates.X509Certificate2 OnshiIdentity() =>
        DeviceIdentity.LoadOrCreate(Layout.OnshiIdentity, "MynaGate Onshi Emulator");

    private async Task<ChainReader> StartReaderAsync(PcscContext context, int index, CancellationToken cancellationToken)
    {
        string id = ChainLayout.ReaderId(index);
        string serial = $"MG-{id}-0001";
        var identity = DeviceIdentity.LoadOrCreate(Path.Combine(Layout.ReaderFolder(id), "identity.pfx"), $"MynaGate Reader {id}");
        var pairing = new PairingState(Layout.ReaderPairing(id));
        var channel = new TerminalChannel();
        int port = VpcdSlot.FirstPort + index;
        string pcscReader = VpcdReaders.ForPort(context, port);
        var cameras = new ChainCameras(new CardFaceRenderer(_fonts), new CertificateRenderer(_fonts));
        var faces = FaceEngine.Create(FaceEngineOptions.Default(), ModelDirectory.Resolve());
        var devices = new ReaderDevices(new PcscCardSlot(pcscReader), cameras.OpenCardCamera, cameras.OpenFaceCamera, faces,
            new CardFaceFrameReader(_ocr), new CertificateReader(_ocr), _authority!.CardFaceRootKey.ExportParameters(false));
        // a reader with a screen shows the patient the face camera
        var flowOptions = _options.Kiosks ? _options.Flow with { LivePreview = true } : _options.Flow;
        var flow = new VerificationFlow(devices, flowOptions, channel, identity, id, TimeProvider.System);
        var kiosk = _options.Kiosks
            ? await KioskServer.StartAsync(_options.Ports.Kiosk(index), flow, _options.Kiosk with { Serial = serial }, cancellationToken).ConfigureAwait(false)
            : null;
        var control = new ReaderControl(flow, kiosk, serial, TimeProvider.System);
        ReaderLinkServer server;
        try
        {
            server = await ReaderLinkServer.StartAsync(new IPEndPoint(IPAddress.Loopback, _options.Ports.ReaderLink(index)), identity, id, serial, pairing, channel,
                control, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            control.Dispose();
            if (kiosk is not null) await kiosk.DisposeAsync().ConfigureAwait(false);
            faces.Dispose();
            throw;
        }
        return new ChainReader(id, flow, server, pairing, new VpcdSlot(port), cameras, faces) { Kiosk = kiosk, Control = control };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in _readers) await reader.DisposeAsync().ConfigureAwait(false);
        if (Console is not null) await Console.DisposeAsync().ConfigureAwait(false);
        if (Terminal is not null) await Terminal.DisposeAsync().ConfigureAwait(false);
        if (Onshi is not null) await Onshi.DisposeAsync().ConfigureAwait(false);
        _authority?.Dispose();
        _fonts.Dispose();
        _ocr.Dispose();
    }
}
