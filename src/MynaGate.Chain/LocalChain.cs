using MynaGate.Admin;
using MynaGate.Admin.Accounts;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Onshi;
using MynaGate.Onshi.Host;
using MynaGate.Onshi.Seeding;
using MynaGate.Site;
using MynaGate.Terminal;
using MynaGate.Terminal.Host;

namespace MynaGate.Chain;

/// <summary>
/// The deployment of <see cref="DeployedChain"/> — mynagate-onshi, mynagate-terminal and one mynagate-reader per vpcd
/// slot, each built from the configuration file written for it — with the hosts started in this process, so tests
/// and the benchmark can drive a reader's flow and read the terminal's log from inside. Each reader is paired with
/// the terminal by its one-time code as an installer would.
/// </summary>
public sealed class LocalChain : IAsyncDisposable
{
    private readonly ChainOptions _options;
    private readonly ChainConfiguration _configuration;
    private InProcessHost? _onshi;
    private InProcessHost? _terminal;
    private string? _terminalConfig;
    private string? _terminalPin;
    private int _onshiPort;
    private ChainReaders? _readers;

    private LocalChain(ChainOptions options)
    {
        _options = options;
        _configuration = new ChainConfiguration(options);
        Provisioner = new VirtualCardProvisioner(Layout.VirtualCards);
    }

    public VirtualCardProvisioner Provisioner { get; }
    public OnshiServer Onshi => _onshi?.Part<OnshiServer>() ?? throw new InvalidOperationException("The national service is stopped.");
    public TerminalService Terminal => _terminal?.Part<TerminalService>() ?? throw new InvalidOperationException("The terminal is stopped.");
    /// <summary>The terminal's management console.</summary>
    public ConsoleServer Console => _terminal?.Part<ConsoleServer>() ?? throw new InvalidOperationException("The terminal is stopped.");
    public IReadOnlyList<ChainReader> Readers => _readers?.All ?? [];
    public SiteLayout Layout => _configuration.Layout;
    public string FaceFolder => Layout.FaceFolder;
    public string CertificateFolder => Layout.CertificateFolder;
    public static DateOnly Today => ChainEnrolment.Today;

    public static async Task<LocalChain> StartAsync(ChainOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chain = new LocalChain(options);
        try
        {
            await chain.StartAllAsync(cancellationToken).ConfigureAwait(false);
            return chain;
        }
        catch
        {
            await chain.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task StartAllAsync(CancellationToken cancellationToken)
    {
        string terminalPin = ChainConfiguration.PinOf(Layout.TerminalIdentity, "MynaGate Terminal");
        string onshiPin = ChainConfiguration.PinOf(Layout.OnshiIdentity, "MynaGate Onshi Emulator");
        if (_options.Admin is { } admin)
        {
            using var accounts = new ConsoleAccounts(Path.Combine(Layout.TerminalFolder, "console-accounts.json"), TimeProvider.System);
            await accounts.SetPasswordAsync(admin.Name, admin.Password).ConfigureAwait(false);
        }
        _terminalPin = terminalPin;
        _onshi = await InProcessHost.StartAsync(OnshiHost.Definition, _configuration.Onshi(Provisioner.AuthorityDirectory, terminalPin), cancellationToken)
            .ConfigureAwait(false);
        _onshiPort = Onshi.BaseAddress.Port;
        _terminalConfig = _configuration.Terminal(Onshi.BaseAddress, onshiPin);
        _terminal = await InProcessHost.StartAsync(TerminalHost.Definition, _terminalConfig, cancellationToken).ConfigureAwait(false);
        _readers = await ChainReaders.StartAsync(_options, cancellationToken).ConfigureAwait(false);
        foreach (var reader in Readers)
        {
            if (reader.Pairing.Code is { } code) await Terminal.PairAsync(reader.Server.Address, code, cancellationToken).ConfigureAwait(false);
        }
        Site().Save(Layout);
    }

    /// <summary>Issues (or reloads) the virtual card for <paramref name="seed"/> and registers it with the national service.</summary>
    public async Task<VirtualMyNumberCard> CardAsync(int seed, string? photoJpeg, EnrolmentScenario scenario = EnrolmentScenario.Insured, bool fresh = true,
        VirtualCardKind kind = VirtualCardKind.Card)
    {
        // a PIN-less card or a phone is always issued afresh: the seed's file of that kind must be that kind
        var card = fresh || kind != VirtualCardKind.Card ? Provisioner.Reissue(seed, photoJpeg, kind: kind) : Provisioner.LoadOrIssue(seed, photoJpeg);
        await ChainEnrolment.EnrolAsync(Onshi.Store, card, seed, scenario).ConfigureAwait(false);
        return card;
    }

    /// <summary>The addresses this chain listens on, as started.</summary>
    public SiteRecord Site() => new(Onshi.BaseAddress, Readers.Count,
    [
        new("national service (emulator)", Onshi.BaseAddress.Port),
        new("console", Console.Address.Port),
        .. Readers.Select(r => new SitePort($"reader {r.Id} link", r.Server.Address.Port)),
        .. Readers.Select(r => new SitePort($"reader {r.Id} kiosk", r.Kiosk.Address.Port)),
    ]);

    /// <summary>Stops the terminal and starts it again from its configuration and state folder (pairings kept), as after a reboot.</summary>
    public async Task RestartTerminalAsync()
    {
        if (_terminal is not null) await _terminal.DisposeAsync().ConfigureAwait(false);
        _terminal = null;
        _terminal = await InProcessHost.StartAsync(TerminalHost.Definition, _terminalConfig!).ConfigureAwait(false);
    }

    /// <summary>Takes the national service down (its port stops answering).</summary>
    public async Task StopOnshiAsync()
    {
        if (_onshi is not null) await _onshi.DisposeAsync().ConfigureAwait(false);
        _onshi = null;
    }

    /// <summary>Brings the national service back after <see cref="StopOnshiAsync"/>, on the port it had (the terminal's configuration names it) and the same store.</summary>
    public async Task StartOnshiAsync()
    {
        if (_onshi is not null) return;
        var samePort = new ChainConfiguration(_options with { Ports = _options.Ports with { Onshi = _onshiPort } });
        _onshi = await InProcessHost.StartAsync(OnshiHost.Definition, samePort.Onshi(Provisioner.AuthorityDirectory, _terminalPin!)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // readers first, then the terminal, then the national service: the order a site shuts down
        if (_readers is not null) await _readers.DisposeAsync().ConfigureAwait(false);
        _readers = null;
        if (_terminal is not null) await _terminal.DisposeAsync().ConfigureAwait(false);
        _terminal = null;
        await StopOnshiAsync().ConfigureAwait(false);
    }
}
