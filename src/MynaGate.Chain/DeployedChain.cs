using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using MynaGate.Admin.Accounts;
using MynaGate.Admin.Installation;
using MynaGate.Admin.Reception;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Link.Messages;
using MynaGate.Ocr.Synthetic;
using MynaGate.Onshi.Seeding;
using MynaGate.Site;
using MynaGate.Vision.Models;

namespace MynaGate.Chain;

/// <summary>
/// The deployment a clinic installs, on one machine with virtual devices: mynagate-onshi, mynagate-terminal and one
/// mynagate-reader per vpcd slot as OS processes of their own, started from configuration files generated in the
/// state folder (virtual card slots and image-sequence camera folders), each reader paired through the real protocol
/// with the code its own screen shows. Cards go into the slots and frames into the camera folders from here, as a
/// patient's hands and face would.
/// </summary>
public sealed partial class DeployedChain : IAsyncDisposable
{
    private static readonly TimeSpan Start = TimeSpan.FromSeconds(90);
    private readonly ChainOptions _options;
    private readonly ChainConfiguration _configuration;
    private readonly (string Name, string Password) _admin;
    private readonly List<ServiceProcess> _processes = [];
    private readonly List<DeployedReader> _readers = [];
    private readonly SyntheticFonts _fonts = SyntheticFonts.Load();

    private DeployedChain(ChainOptions options)
    {
        _options = options;
        _configuration = new ChainConfiguration(options);
        // the installer's console account: pairing goes through the console's installer API
        _admin = options.Admin ?? throw new ArgumentException("A deployed chain needs the console account it pairs with (ChainOptions.Admin).", nameof(options));
        if (options.Ports is { Onshi: 0 } or { Console: 0 } or { FirstReaderLink: 0 } or { FirstKiosk: 0 } || options.FirstHealthPort == 0)
            throw new ArgumentException("A deployed chain's processes listen on fixed ports (ChainOptions.Ports, FirstHealthPort).", nameof(options));
        Provisioner = new VirtualCardProvisioner(Layout.VirtualCards);
    }

    public SiteLayout Layout => _configuration.Layout;
    public VirtualCardProvisioner Provisioner { get; }
    public IReadOnlyList<DeployedReader> Readers => _readers;
    public Uri NationalService => new($"https://127.0.0.1:{_options.Ports.Onshi}/");
    public Uri Console => new($"http://127.0.0.1:{_options.Ports.Console}/");
    public string FaceFolder => Layout.FaceFolder;
    public string CertificateFolder => Layout.CertificateFolder;
    public ServiceProcess? NationalServiceProcess { get; private set; }
    public ServiceProcess? TerminalProcess { get; private set; }

    /// <summary>A key for the reader API of reception systems, made for this run.</summary>
    public string ReceptionApiKey { get; private set; } = "";

    public static async Task<DeployedChain> StartAsync(ChainOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chain = new DeployedChain(options);
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
        var o = _options;
        string terminalPin = ChainConfiguration.PinOf(Layout.TerminalIdentity, "MynaGate Terminal");
        string onshiPin = ChainConfiguration.PinOf(Layout.OnshiIdentity, "MynaGate Onshi Emulator");

        // the console's account and a reception key exist before the terminal starts, as an installer would make them
        using (var accounts = new ConsoleAccounts(Path.Combine(Layout.TerminalFolder, "console-accounts.json"), TimeProvider.System))
            await accounts.SetPasswordAsync(_admin.Name, _admin.Password).ConfigureAwait(false);
        ReceptionApiKey = new ReceptionApiKeys(Path.Combine(Layout.TerminalFolder, "reception-api-keys.json")).Create("demo-reception");

        var onshi = NationalServiceProcess = Run("mynagate-onshi", _configuration.Onshi(Provisioner.AuthorityDirectory, terminalPin));
        await onshi.WaitHealthyAsync(o.FirstHealthPort, Start).ConfigureAwait(false);
        var terminal = TerminalProcess = Run("mynagate-terminal", _configuration.Terminal(NationalService, onshiPin));

        string[] cardReaders;
        string[] phoneReaders;
        var phonePorts = _configuration.PhoneSlotPorts();
        using (var context = PcscContext.Establish())
        {
            cardReaders = [.. Enumerable.Range(0, o.Readers).Select(i => VpcdReaders.ForPort(context, VpcdSlot.FirstPort + i))];
            phoneReaders = [.. phonePorts.Select(port => VpcdReaders.ForPort(context, port))];
        }
        string models = Path.GetFullPath(ModelDirectory.Resolve());
        for (int i = 0; i < o.Readers; i++)
        {
            string id = SiteLayout.ReaderId(i);
            var process = Run("mynagate-reader", _configuration.Reader(i, cardReaders[i], phonePorts.Count > 0 ? phoneReaders[i] : null,
                Provisioner.AuthorityDirectory, models));
            var cameras = new FolderCameras(Layout.ReaderCamera(id, "card"), Layout.ReaderCamera(id, "face"), _fonts);
            _readers.Add(new DeployedReader(id, ChainConfiguration.Serial(id), process, new Uri($"http://127.0.0.1:{o.Ports.Kiosk(i)}/"),
                new Uri($"https://127.0.0.1:{o.Ports.ReaderLink(i)}/"), new VpcdSlot(VpcdSlot.FirstPort + i), cameras)
            {
                PhoneSlot = phonePorts.Count > 0 ? new VpcdSlot(phonePorts[i]) : null,
            });
        }
        await terminal.WaitHealthyAsync(o.FirstHealthPort + 1, Start).ConfigureAwait(false);
        for (int i = 0; i < o.Readers; i++) await _readers[i].Process.WaitHealthyAsync(o.FirstHealthPort + 2 + i, Start).ConfigureAwait(false);
        foreach (var reader in _readers) await PairAsync(reader, cancellationToken).ConfigureAwait(false);

        new SiteRecord(NationalService, o.Readers,
        [
            new("national service (emulator)", o.Ports.Onshi),
            new("console", o.Ports.Console),
            .. _readers.Select(r => new SitePort($"reader {r.Id} link", r.Link.Port)),
            .. _readers.Select(r => new SitePort($"reader {r.Id} kiosk", r.Kiosk.Port)),
        ]).Save(Layout);
    }

    /// <summary>Reads the code off the reader's own screen and enters it through the console's installer API.</summary>
    private async Task PairAsync(DeployedReader reader, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        string screen = await http.GetStringAsync(new Uri(reader.Kiosk, "screen"), cancellationToken).ConfigureAwait(false);
        if (PairingCodeOnScreen().Match(screen) is not { Success: true } code) return; // paired in an earlier run
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Console, InstallerApi.Prefix + "/pairings"))
        {
            Content = JsonContent.Create(new PairingOrder(reader.Link.ToString(), code.Groups[1].Value), options: LinkJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_admin.Name}:{_admin.Password}")));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadFromJsonAsync<InstallerAnswer>(LinkJson.Options, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"pairing {reader.Id} failed: {answer?.Status} {answer?.Message}");
        }
    }

    /// <summary>Issues (or reloads) the virtual card for <paramref name="seed"/> and registers it with the running emulator.</summary>
    public async Task<VirtualMyNumberCard> CardAsync(int seed, string? photoJpeg, EnrolmentScenario scenario = EnrolmentScenario.Insured, bool fresh = true,
        VirtualCardKind kind = VirtualCardKind.Card)
    {
        // a phone is always issued afresh, with its own certificate enrolled for the seed's insurance
        var card = fresh || kind != VirtualCardKind.Card ? Provisioner.Reissue(seed, photoJpeg, kind: kind) : Provisioner.LoadOrIssue(seed, photoJpeg);
        await ChainEnrolment.EnrolAsync(Path.Combine(Layout.OnshiFolder, Onshi.OnshiOptions.DatabaseFileName), card, seed, scenario).ConfigureAwait(false);
        return card;
    }

    private ServiceProcess Run(string program, string configFile)
    {
        var process = ServiceProcess.Start(program, _options.ProcessEnvironment, "--config", configFile);
        _processes.Add(process);
        return process;
    }

    [GeneratedRegex("data-pairing-code=\"([0-9]{6})\"")]
    private static partial Regex PairingCodeOnScreen();

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in _readers)
        {
            await reader.Slot.DisposeAsync().ConfigureAwait(false);
            if (reader.PhoneSlot is not null) await reader.PhoneSlot.DisposeAsync().ConfigureAwait(false);
        }
        // readers first, then the terminal, then the national service: the order a site shuts down
        for (int i = _processes.Count - 1; i >= 0; i--) await _processes[i].DisposeAsync().ConfigureAwait(false);
        _fonts.Dispose();
    }
}
