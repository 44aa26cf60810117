using MynaGate.Certificates.Xml;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Storage;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Relay;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>A reader's message of the wrong shape is answered with T206 and logged; nothing throws, so the link goes on.</summary>
public sealed class MalformedRequestTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-relay-").FullName;
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _identity = DeviceIdentity.Create("terminal");
    // held in a list: the log is disposed in DisposeAsync, which CA1001 does not see on a field
    private readonly List<TerminalEventLog> _logs = [];
    private SessionRelay _relay = null!;

    private TerminalEventLog Log => _logs[0];
    private readonly PairedReader _reader = new("R01", "MG-R01-0001", new Uri("https://127.0.0.1:1/"), DeviceIdentity.Create("reader").RawData);

    public async Task InitializeAsync()
    {
        _logs.Add(new TerminalEventLog(SqlDataSource.Open(null, Path.Combine(_folder, "log.db")), TimeProvider.System));
        await Log.EnsureSchemaAsync();
        // the national service is never reached: every request here is refused before it
        var nationalService = new NationalServiceClient(new Uri("https://127.0.0.1:1/"), _identity, CertificatePin.Of(_identity), TimeSpan.FromSeconds(1));
        _relay = new SessionRelay(nationalService, new FaceResultWriter(_folder, XmlCharacterCode.Utf8),
            new CertificateResultWriter(_folder, XmlCharacterCode.Utf8, "1311111114"), Log, "1311111114", TimeProvider.System);
    }

    public static TheoryData<LinkRequest> Malformed => new()
    {
        new LinkRequest("m1", "s1", LinkRequestKind.Report) { ErrorCode = "<script>" },
        new LinkRequest("m2", "s1", LinkRequestKind.Report) { ErrorCode = "E1011" },
        new LinkRequest("m3", "s1", LinkRequestKind.Abandon) { ErrorCode = "e101" },
        new LinkRequest("m4", "s1", (LinkRequestKind)99),
        new LinkRequest("m5", "", LinkRequestKind.Challenge),
        new LinkRequest("m6", new string('s', 65), LinkRequestKind.Challenge),
        new LinkRequest("m 7", "s1", LinkRequestKind.Challenge),
        new LinkRequest(null!, "s1", LinkRequestKind.Challenge),
        new LinkRequest("m8", "s1", LinkRequestKind.Report) { Method = (Link.Assertions.AuthenticationMethod)42 },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_request_of_the_wrong_shape_is_answered_with_T206_and_logged(LinkRequest request)
    {
        var reply = await _relay.HandleAsync(_reader, request, CancellationToken.None);

        Assert.Equal(LinkErrorCodes.MalformedMessage, reply.Error?.Code);
        Assert.Contains(await Log.ReadAsync(), e => e.Event == TerminalEvent.RequestRefused && e.ErrorCode == LinkErrorCodes.MalformedMessage && e.ReaderId == "R01");
        Assert.Equal(0, _relay.OpenSessions);
    }

    [Fact]
    public async Task A_well_formed_request_after_a_malformed_one_is_served()
    {
        await _relay.HandleAsync(_reader, new LinkRequest("m1", "s1", LinkRequestKind.Report) { ErrorCode = "<script>" }, CancellationToken.None);
        var reply = await _relay.HandleAsync(_reader, new LinkRequest("m2", "s2", LinkRequestKind.Challenge), CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.NotNull(reply.Challenge);
    }

    public async Task DisposeAsync()
    {
        foreach (var log in _logs) await log.DisposeAsync();
        _identity.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
