using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Assertions;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Storage;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Relay;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// The terminal keeps to the reader's wait: when the national service is slower than the time the reader will still
/// wait, the session ends with T102 and no result is written behind the patient's back.
/// </summary>
public sealed class ReaderWaitTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-wait-").FullName;
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _service = DeviceIdentity.Create("national service");
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _terminal = DeviceIdentity.Create("terminal");
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _readerIdentity = DeviceIdentity.Create("reader");
    private readonly List<IAsyncDisposable> _owned = [];
    private WebApplication _app = null!;
    private SessionRelay _relay = null!;
    private PairedReader _reader = null!;
    private TimeSpan _consentDelay;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_service)));
        _app = builder.Build();
        _app.MapPost(OnshiRoutes.Qualifications, () => Microsoft.AspNetCore.Http.Results.Json(
            new QualificationResponse("0000000001", QualificationStatus.NotFound, DateTimeOffset.UtcNow, false, []), LinkJson.Options));
        _app.MapPost(OnshiRoutes.Consents("0000000001"), async (HttpContext http) =>
        {
            await Task.Delay(_consentDelay, http.RequestAborted);
            return Microsoft.AspNetCore.Http.Results.Json(new ConsentResponse("0000000001", []), LinkJson.Options);
        });
        await _app.StartAsync();
        var address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var log = new TerminalEventLog(SqlDataSource.Open(null, Path.Combine(_folder, "log.db")), TimeProvider.System);
        _owned.Add(log);
        await log.EnsureSchemaAsync();
        var nationalService = new NationalServiceClient(address, _terminal, CertificatePin.Of(_service), TimeSpan.FromSeconds(10));
        Directory.CreateDirectory(Path.Combine(_folder, "Face"));
        _relay = new SessionRelay(nationalService, new FaceResultWriter(Path.Combine(_folder, "Face"), XmlCharacterCode.Utf8),
            new CertificateResultWriter(Path.Combine(_folder, "Face"), XmlCharacterCode.Utf8, "1311111114"), log, "1311111114", TimeProvider.System);
        _reader = new PairedReader("R01", "MG-R01-0001", new Uri("https://127.0.0.1:1/"), _readerIdentity.RawData);
    }

    [Fact]
    public async Task A_result_that_cannot_be_ready_before_the_reader_stops_waiting_is_not_written()
    {
        _consentDelay = TimeSpan.FromSeconds(3);
        await QualifyAsync("S1");

        var reply = await _relay.HandleAsync(_reader, new LinkRequest("m3", "S1", LinkRequestKind.Complete) { Consents = [], WaitMs = 1500 }, CancellationToken.None);

        Assert.Equal(LinkErrorCodes.NationalServiceTimeout, reply.Error?.Code);
        Assert.Equal(0, _relay.OpenSessions);
        // past the national service's late answer: still nothing in the Face folder
        await Task.Delay(_consentDelay);
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "Face"), "*.xml"));
    }

    [Fact]
    public async Task A_result_ready_within_the_reader_s_wait_is_written()
    {
        _consentDelay = TimeSpan.Zero;
        await QualifyAsync("S2");

        var reply = await _relay.HandleAsync(_reader, new LinkRequest("m3", "S2", LinkRequestKind.Complete) { Consents = [], WaitMs = 5000 }, CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "Face"), "*.xml"));
    }

    private async Task QualifyAsync(string session)
    {
        var challenge = await _relay.HandleAsync(_reader, new LinkRequest("m1", session, LinkRequestKind.Challenge), CancellationToken.None);
        byte[] certificate = [0x30, 0x03, 0x02, 0x01, 0x01];
        var assertion = new AuthenticationAssertion("R01", session, AuthenticationMethod.Pin, AuthenticationAssertion.HashCertificate(certificate),
            challenge.Challenge!, DateTimeOffset.UtcNow);
        var qualified = await _relay.HandleAsync(_reader, new LinkRequest("m2", session, LinkRequestKind.Qualify)
        {
            Assertion = assertion, AssertionSignature = assertion.Sign(_readerIdentity), Certificate = certificate, CardSignature = [1], WaitMs = 5000,
        }, CancellationToken.None);
        Assert.Null(qualified.Error);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var owned in _owned) await owned.DisposeAsync();
        _service.Dispose();
        _terminal.Dispose();
        _readerIdentity.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
