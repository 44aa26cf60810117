using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MynaGate.Admin.Accounts;
using MynaGate.Admin.Installation;
using MynaGate.Admin.Reception;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Ocr.Synthetic;
using MynaGate.Onshi.Seeding;
using MynaGate.Onshi.Store;
using MynaGate.Storage;
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
    private static readonly JsonSerializerOptions ConfigJson = new() { WriteIndented = true };
    private readonly DeployedChainOptions _options;
    private readonly List<ServiceProcess> _processes = [];
    private readonly List<DeployedReader> _readers = [];
    private readonly SyntheticFonts _fonts = SyntheticFonts.Load();

    private DeployedChain(DeployedChainOptions options)
    {
        _options = options;
        Layout = new ChainLayout(options.StateDirectory);
        Provisioner = new VirtualCardProvisioner(Layout.VirtualCards);
    }

    public ChainLayout Layout { get; }
    public VirtualCardProvisioner Provisioner { get; }
    public IReadOnlyList<DeployedReader> Readers => _readers;
    public Uri NationalService => new($"https://127.0.0.1:{_options.Ports.Onshi}/");
    public Uri Console => new($"http://127.0.0.1:{_options.Ports.Console}/");
    public string FaceFolder => Layout.FaceFolder;

    /// <summary>A key for the reader API of reception systems, made for this run.</summary>
    public string ReceptionApiKey { get; private set; } = "";

    public static async Task<DeployedChain> StartAsync(DeployedChainOptions options, CancellationToken cancellationToken = default)
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
        Directory.CreateDirectory(Layout.FaceFolder);
        using (Provisioner.LoadAuthority()) { }
        string onshiPin = PinOf(Layout.OnshiIdentity, "MynaGate Onshi Emulator");
        string terminalPin = PinOf(Layout.TerminalIdentity, "MynaGate Terminal");

        // the console's account and a reception key exist before the terminal starts, as an installer would make them
        using (var accounts = new ConsoleAccounts(Path.Combine(Layout.TerminalFolder, "console-accounts.json"), TimeProvider.System))
            await accounts.SetPasswordAsync(o.AdminName, o.AdminPassword).ConfigureAwait(false);
        ReceptionApiKey = new ReceptionApiKeys(Path.Combine(Layout.TerminalFolder, "reception-api-keys.json")).Create("demo-reception");

        var onshi = Run("mynagate-onshi", new
        {
            Onshi = new
            {
                Listen = $"127.0.0.1:{o.Ports.Onshi}", StateDirectory = Layout.OnshiFolder, AuthorityDirectory = Provisioner.AuthorityDirectory,
                Terminals = new[] { new { CertificatePin = terminalPin, o.MedicalInstitutionCode } },
            },
            Health = new { Port = o.FirstHealthPort },
        });
        await onshi.WaitHealthyAsync(o.FirstHealthPort, Start).ConfigureAwait(false);
        var terminal = Run("mynagate-terminal", new
        {
            Terminal = new
            {
                StateDirectory = Layout.TerminalFolder, FaceFolder = Layout.FaceFolder, o.MedicalInstitutionCode, LicensedReaders = 16,
                NationalService = new { Url = NationalService.ToString(), CertificatePin = onshiPin },
                Console = new { Listen = $"127.0.0.1:{o.Ports.Console}", Https = false },
            },
            Health = new { Port = o.FirstHealthPort + 1 },
        });

        string[] cardReaders;
        using (var context = PcscContext.Establish())
            cardReaders = [.. Enumerable.Range(0, o.Readers).Select(i => VpcdReaders.ForPort(context, VpcdSlot.FirstPort + i))];
        for (int i = 0; i < o.Readers; i++) _readers.Add(StartReader(i, cardReaders[i]));
        await terminal.WaitHealthyAsync(o.FirstHealthPort + 1, Start).ConfigureAwait(false);
        for (int i = 0; i < o.Readers; i++) await _readers[i].Process.WaitHealthyAsync(o.FirstHealthPort + 2 + i, Start).ConfigureAwait(false);
        foreach (var reader in _readers) await PairAsync(reader, cancellationToken).ConfigureAwait(false);

        new ChainSite(NationalService, o.Readers,
        [
            new("national service (emulator)", o.Ports.Onshi),
            new("console", o.Ports.Console),
            .. _readers.Select(r => new ChainSitePort($"reader {r.Id} link", r.Link.Port)),
            .. _readers.Select(r => new ChainSitePort($"reader {r.Id} kiosk", r.Kiosk.Port)),
        ]).Save(Layout);
    }

    private DeployedReader StartReader(int index, string cardReader)
    {
        var o = _options;
        string id = ChainLayout.ReaderId(index);
        string serial = $"MG-{id}-0001";
        string cardFolder = Directory.CreateDirectory(Layout.ReaderCamera(id, "card")).FullName;
        string faceFolder = Directory.CreateDirectory(Layout.ReaderCamera(id, "face")).FullName;
        int kiosk = o.Ports.Kiosk(index), link = o.Ports.ReaderLink(index);
        var process = Run("mynagate-reader", new
        {
            Reader = new
            {
                Id = id, Serial = serial, StateDirectory = Layout.ReaderFolder(id), CardReader = cardReader,
                FaceCamera = new { Folder = faceFolder }, CardCamera = new { Folder = cardFolder },
                LinkListen = $"127.0.0.1:{link}", CardFaceRootKeyFile = Path.Combine(Provisioner.AuthorityDirectory, "card-face-root.pem"),
                ModelsDirectory = Path.GetFullPath(ModelDirectory.Resolve()),
                Kiosk = new { Port = kiosk, o.DebugMode },
                o.PaperMode, o.VisualCheck,
            },
            Health = new { Port = o.FirstHealthPort + 2 + index },
        }, $"mynagate-reader-{id}");
        return new DeployedReader(id, serial, process, new Uri($"http://127.0.0.1:{kiosk}/"), new Uri($"https://127.0.0.1:{link}/"),
            new VpcdSlot(VpcdSlot.FirstPort + index), new FolderCameras(cardFolder, faceFolder, new CardFaceRenderer(_fonts), new CertificateRenderer(_fonts)));
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
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.AdminName}:{_options.AdminPassword}")));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadFromJsonAsync<InstallerAnswer>(LinkJson.Options, cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"pairing {reader.Id} failed: {answer?.Status} {answer?.Message}");
        }
    }

    /// <summary>Issues (or reloads) the virtual card for <paramref name="seed"/> and registers it with the running emulator.</summary>
    public async Task<VirtualMyNumberCard> CardAsync(int seed, string? photoJpeg, bool fresh = true)
    {
        var card = fresh ? Provisioner.Reissue(seed, photoJpeg) : Provisioner.LoadOrIssue(seed, photoJpeg);
        using var certificate = X509CertificateLoader.LoadCertificate(card.Image.AuthenticationCertificate);
        // the emulator's SQLite store, opened beside the running emulator (WAL), as a tester seeds a test service
        await using var source = SqlDataSource.Open(null, Path.Combine(Layout.OnshiFolder, "onshi.db"));
        await OnshiEnrolment.EnrolAsync(new OnshiStore(source), certificate, seed, LocalChain.Today).ConfigureAwait(false);
        return card;
    }

    private ServiceProcess Run(string program, object settings, string? name = null)
    {
        string file = Layout.ConfigFile(name ?? program);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        AtomicFileWriter.Replace(file, JsonSerializer.SerializeToUtf8Bytes(settings, ConfigJson));
        var process = ServiceProcess.Start(program, "--config", file);
        _processes.Add(process);
        return process;
    }

    private static string PinOf(string identityFile, string commonName)
    {
        using var identity = DeviceIdentity.LoadOrCreate(identityFile, commonName);
        return CertificatePin.Of(identity).Sha256;
    }

    [GeneratedRegex("data-pairing-code=\"([0-9]{6})\"")]
    private static partial Regex PairingCodeOnScreen();

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in _readers) await reader.Slot.DisposeAsync().ConfigureAwait(false);
        // readers first, then the terminal, then the national service: the order a site shuts down
        for (int i = _processes.Count - 1; i >= 0; i--) await _processes[i].DisposeAsync().ConfigureAwait(false);
        _fonts.Dispose();
    }
}
