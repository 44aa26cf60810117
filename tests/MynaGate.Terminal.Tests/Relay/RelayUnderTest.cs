using MynaGate.Certificates.Xml;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Storage.Sql;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Relay;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>A session relay as the terminal builds it, over a temporary Face folder and log, with one paired reader R01.</summary>
internal sealed class RelayUnderTest : IAsyncDisposable
{
    public const string MedicalInstitutionCode = "1311111114";
    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-relay-").FullName;
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _terminal = DeviceIdentity.Create("terminal");

    private RelayUnderTest(Uri nationalService, CertificatePin pin, TimeProvider clock)
    {
        Directory.CreateDirectory(FaceFolder);
        Log = new TerminalEventLog(SqlDataSource.Open(null, Path.Combine(_folder, "log.db")), TimeProvider.System);
        var client = new NationalServiceClient(nationalService, _terminal, pin, TimeSpan.FromSeconds(10));
        Outage = new NationalServiceWatch(client.CheckHealthAsync, Log, clock, failuresForOutage: 3, TimeSpan.FromSeconds(30));
        Relay = new SessionRelay(client, Outage, new FaceResultWriter(FaceFolder, XmlCharacterCode.Utf8),
            new CertificateResultWriter(FaceFolder, XmlCharacterCode.Utf8, MedicalInstitutionCode), Log, MedicalInstitutionCode, clock);
        Reader = new PairedReader("R01", "MG-R01-0001", new Uri("https://127.0.0.1:1/"), ReaderIdentity.RawData);
    }

    public SessionRelay Relay { get; }
    /// <summary>The relay's outage watch (R43): three service failures in a row call the service down; nothing probes it unless a test runs it.</summary>
    public NationalServiceWatch Outage { get; }
    public TerminalEventLog Log { get; }
    public PairedReader Reader { get; }
    public System.Security.Cryptography.X509Certificates.X509Certificate2 ReaderIdentity { get; } = DeviceIdentity.Create("reader");
    public string FaceFolder => Path.Combine(_folder, "Face");

    /// <param name="nationalService">Where the national service is; a closed port when the test never reaches it.</param>
    /// <param name="clock">The relay's clock (the system's unless a test steps it).</param>
    public static async Task<RelayUnderTest> StartAsync(Uri nationalService, CertificatePin pin, TimeProvider? clock = null)
    {
        var relay = new RelayUnderTest(nationalService, pin, clock ?? TimeProvider.System);
        await relay.Log.EnsureSchemaAsync();
        return relay;
    }

    /// <summary>A session's challenge and qualification as reader R01 asks them, by PIN with a stand-in certificate; the reply to the qualification.</summary>
    public async Task<LinkReply> QualifyAsync(string session)
    {
        var challenge = await Relay.HandleAsync(Reader, new LinkRequest("c" + session, session, LinkRequestKind.Challenge), CancellationToken.None);
        byte[] certificate = [0x30, 0x03, 0x02, 0x01, 0x01];
        var assertion = new AuthenticationAssertion("R01", session, AuthenticationMethod.Pin, AuthenticationAssertion.HashCertificate(certificate),
            challenge.Challenge!, DateTimeOffset.UtcNow);
        return await Relay.HandleAsync(Reader, new LinkRequest("q" + session, session, LinkRequestKind.Qualify)
        {
            Assertion = assertion, AssertionSignature = assertion.Sign(ReaderIdentity), Certificate = certificate, CardSignature = [1], WaitMs = 5000,
        }, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Log.DisposeAsync();
        _terminal.Dispose();
        ReaderIdentity.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
