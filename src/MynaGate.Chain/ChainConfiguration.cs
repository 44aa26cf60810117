using System.Text.Json;
using System.Text.Json.Serialization;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Host;
using MynaGate.Site;
using MynaGate.Storage;

namespace MynaGate.Chain;

/// <summary>
/// The configuration files of a chain's hosts, written in the state folder's config/ as an installer writes them on
/// site: the same files whether the hosts then run in this process or as processes of their own.
/// </summary>
public sealed class ChainConfiguration(ChainOptions options)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>Half of vpcd's 16 slots: the other half are the smartphones' readers.</summary>
    public const int MaxReadersWithSmartphones = 8;

    public SiteLayout Layout { get; } = new(options.StateDirectory);

    /// <summary>The vpcd port of reader <paramref name="index"/>'s smartphones' reader.</summary>
    public static int PhoneSlotPort(int index) => VpcdSlot.FirstPort + MaxReadersWithSmartphones + index;

    /// <summary>The vpcd ports of every reader's smartphones' reader, none when the chain has none.</summary>
    public IReadOnlyList<int> PhoneSlotPorts()
    {
        if (!options.SmartphoneReaders) return [];
        if (options.Readers > MaxReadersWithSmartphones)
            throw new ArgumentException($"A chain with smartphone readers has at most {MaxReadersWithSmartphones} readers (was {options.Readers}).", nameof(options));
        return [.. Enumerable.Range(0, options.Readers).Select(PhoneSlotPort)];
    }

    public string Onshi(string authorityDirectory, string terminalPin) => Write("mynagate-onshi", new
    {
        Onshi = new
        {
            Listen = $"127.0.0.1:{options.Ports.Onshi}",
            StateDirectory = Layout.OnshiFolder,
            AuthorityDirectory = authorityDirectory,
            options.ConnectionString,
            ResponseDelayMs = (int)options.NationalServiceDelay.TotalMilliseconds,
            Terminals = new[] { new { CertificatePin = terminalPin, options.MedicalInstitutionCode } },
        },
        Health = new { Port = HealthPort(0) },
    });

    public string Terminal(Uri nationalService, string onshiPin) => Write("mynagate-terminal", new
    {
        Terminal = new
        {
            StateDirectory = Layout.TerminalFolder,
            FaceFolder = Layout.FaceFolder,
            options.MedicalInstitutionCode,
            options.LicensedReaders,
            options.CharacterCode,
            options.ConnectionString,
            NationalService = new
            {
                Url = nationalService.ToString(),
                CertificatePin = onshiPin,
                TimeoutSeconds = (int)Math.Ceiling(options.NationalServiceTimeout.TotalSeconds),
                OutageAfterFailures = options.NationalServiceOutageAfterFailures,
                ProbeSeconds = (int)Math.Ceiling(options.NationalServiceProbe.TotalSeconds),
            },
            Console = new { Listen = $"127.0.0.1:{options.Ports.Console}", Https = false },
        },
        Health = new { Port = HealthPort(1) },
    });

    /// <summary>
    /// Reader <paramref name="index"/> on the PC/SC reader <paramref name="cardReader"/>, with image-sequence folders for
    /// cameras and the card-face root key the emulator exported beside its test authority.
    /// </summary>
    /// <param name="phoneReader">The PC/SC reader smartphones are held over; null for none.</param>
    public string Reader(int index, string cardReader, string? phoneReader, string authorityDirectory, string modelsDirectory)
    {
        string id = SiteLayout.ReaderId(index);
        var flow = options.Flow;
        // a national set by its name, as an installer would write it; the clinic's own list otherwise
        string? consentSet = ConsentSets.NameOf(flow.Consents);
        return Write($"mynagate-reader-{id}", new
        {
            Reader = new
            {
                Id = id,
                Serial = Serial(id),
                StateDirectory = Layout.ReaderFolder(id),
                CardReader = cardReader,
                SmartphoneReader = phoneReader,
                FaceCamera = new { Folder = Directory.CreateDirectory(Layout.ReaderCamera(id, "face")).FullName },
                CardCamera = new { Folder = Directory.CreateDirectory(Layout.ReaderCamera(id, "card")).FullName },
                LinkListen = $"127.0.0.1:{options.Ports.ReaderLink(index)}",
                CardFaceRootKeyFile = Path.Combine(authorityDirectory, OnshiHostedService.CardFaceRootFile),
                ModelsDirectory = modelsDirectory,
                Kiosk = new { Port = options.Ports.Kiosk(index), options.Kiosk.DebugMode, options.Kiosk.Voice, flow.LivePreview },
                Flow = new
                {
                    ConsentSet = consentSet,
                    Consents = consentSet is null ? flow.Consents : null,
                    flow.PrescriptionChoice,
                    flow.MedicalSubsidyQuestion,
                    flow.PaperForms,
                    flow.ReadCardFaceOnPlacement,
                    flow.FaceAttempts,
                    InputTimeoutSeconds = (int)Math.Ceiling(flow.InputTimeout.TotalSeconds),
                    TerminalTimeoutSeconds = (int)Math.Ceiling(flow.TerminalTimeout.TotalSeconds),
                },
                flow.PaperMode,
                VisualCheck = flow.VisualCheckEnabled,
            },
            Health = new { Port = HealthPort(2 + index) },
        });
    }

    public static string Serial(string readerId) => $"MG-{readerId}-0001";

    /// <summary>The certificate pin of the identity in <paramref name="file"/>, made now if it is not there yet.</summary>
    public static string PinOf(string file, string commonName)
    {
        using var identity = DeviceIdentity.LoadOrCreate(file, commonName);
        return CertificatePin.Of(identity).Sha256;
    }

    private int HealthPort(int offset) => options.FirstHealthPort == 0 ? 0 : options.FirstHealthPort + offset;

    private string Write(string name, object settings)
    {
        string file = Layout.ConfigFile(name);
        new JsonFileStore<object>(file, Json).Save(settings);
        return file;
    }
}
