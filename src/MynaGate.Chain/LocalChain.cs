using System.Net;
using MynaGate.Admin;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Link.Identity;
using MynaGate.Onshi;
using MynaGate.Onshi.Seeding;
using MynaGate.Reader.Hardening;
using MynaGate.Terminal;

namespace MynaGate.Chain;

/// <summary>
/// The national-service emulator, a terminal and N readers in one process, each reader on its own vpcd slot, paired
/// with the terminal by its one-time code as an installer would. Identities, pairings, cards and stores live under
/// the state folder.
/// </summary>
public sealed class LocalChain : IAsyncDisposable
{
    private readonly ChainOptions _options;
    private ChainReaders? _readers;
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
    public IReadOnlyList<ChainReader> Readers => _readers?.All ?? [];
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
            chain._readers = await ChainReaders.StartAsync(options, chain._authority.CardFaceRootKey.ExportParameters(false), cancellationToken)
                .ConfigureAwait(false);
            foreach (var reader in chain.Readers)
            {
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
    public ChainSite Site() => new(Onshi.BaseAddress, Readers.Count,
    [
        new("national service (emulator)", Onshi.BaseAddress.Port),
        .. Console is null ? Array.Empty<ChainSitePort>() : [new ChainSitePort("console", Console.Address.Port)],
        .. Readers.Select(r => new ChainSitePort($"reader {r.Id} link", r.Server.Address.Port)),
        .. Readers.Where(r => r.Kiosk is not null).Select(r => new ChainSitePort($"reader {r.Id} kiosk", r.Kiosk!.Address.Port)),
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

    public async ValueTask DisposeAsync()
    {
        if (_readers is not null) await _readers.DisposeAsync().ConfigureAwait(false);
        if (Console is not null) await Console.DisposeAsync().ConfigureAwait(false);
        if (Terminal is not null) await Terminal.DisposeAsync().ConfigureAwait(false);
        if (Onshi is not null) await Onshi.DisposeAsync().ConfigureAwait(false);
        _authority?.Dispose();
    }
}
