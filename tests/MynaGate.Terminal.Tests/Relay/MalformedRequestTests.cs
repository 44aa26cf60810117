using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Terminal.Logging;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>A reader's message of the wrong shape is answered with T206 and logged; nothing throws, so the link goes on.</summary>
public sealed class MalformedRequestTests : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    private RelayUnderTest Terminal => (RelayUnderTest)_owned[0];

    public async Task InitializeAsync()
    {
        // the national service is never reached: every request here is refused before it
        using var nobody = DeviceIdentity.Create("nobody");
        _owned.Add(await RelayUnderTest.StartAsync(new Uri("https://127.0.0.1:1/"), CertificatePin.Of(nobody)));
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
        new LinkRequest("m8", "s1", LinkRequestKind.Report) { Method = (Onshi.Contract.Assertions.AuthenticationMethod)42 },
        new LinkRequest("m9", "s1", LinkRequestKind.Challenge) { WaitMs = -1 },
        new LinkRequest("m10", "s1", LinkRequestKind.Complete) { Consents = [null!] },
        new LinkRequest("m11", "s1", LinkRequestKind.Complete) { Prescription = (PrescriptionIssue)3 },
        new LinkRequest("m12", "s1", LinkRequestKind.Complete) { Consents = [new ConsentAnswer((ConsentItem)99, true, DateTimeOffset.UnixEpoch)] },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_request_of_the_wrong_shape_is_answered_with_T206_and_logged(LinkRequest request)
    {
        var reply = await Terminal.Relay.HandleAsync(Terminal.Reader, request, CancellationToken.None);

        Assert.Equal(LinkErrorCodes.MalformedMessage, reply.Error?.Code);
        Assert.Contains(await Terminal.Log.ReadAsync(), e => e.Event == TerminalEvent.RequestRefused && e.ErrorCode == LinkErrorCodes.MalformedMessage && e.ReaderId == "R01");
        Assert.Equal(0, Terminal.Relay.OpenSessions);
    }

    [Fact]
    public async Task A_well_formed_request_after_a_malformed_one_is_served()
    {
        await Terminal.Relay.HandleAsync(Terminal.Reader, new LinkRequest("m1", "s1", LinkRequestKind.Report) { ErrorCode = "<script>" }, CancellationToken.None);
        var reply = await Terminal.Relay.HandleAsync(Terminal.Reader, new LinkRequest("m2", "s2", LinkRequestKind.Challenge), CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.NotNull(reply.Challenge);
    }

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned) await owned.DisposeAsync();
    }
}
