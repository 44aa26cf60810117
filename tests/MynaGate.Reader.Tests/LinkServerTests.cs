using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Link.Pairing;
using MynaGate.Reader.Link;

namespace MynaGate.Reader.Tests;

/// <summary>The reader's TLS endpoint: pairing binds the code to both certificates; only the paired terminal is served.</summary>
public sealed class LinkServerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mynagate-link-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly X509Certificate2 _reader = DeviceIdentity.Create("reader");
    private readonly X509Certificate2 _terminal = DeviceIdentity.Create("terminal");
    private readonly X509Certificate2 _stranger = DeviceIdentity.Create("stranger");
    private readonly TerminalChannel _channel = new();
    private PairingState _pairing = null!;
    private ReaderLinkServer _server = null!;

    public async Task InitializeAsync()
    {
        _pairing = new PairingState(Path.Combine(_folder, "paired-terminal.json"));
        _server = await ReaderLinkServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), _reader, "R01", "MG-R01", _pairing, _channel, control: null);
    }

    [Fact]
    public async Task The_right_code_pairs_both_ways_and_only_the_paired_terminal_is_served_afterwards()
    {
        using var terminal = Client(_terminal);
        using var stranger = Client(_stranger);
        Assert.Equal(HttpStatusCode.Forbidden, (await terminal.GetAsync(LinkRoutes.Next)).StatusCode);

        string code = _pairing.Code!;
        var response = await terminal.PostAsJsonAsync(LinkRoutes.Pairing, new PairingRequest("t", Proof(code, _terminal)), LinkJson.Options);
        response.EnsureSuccessStatusCode();
        var answer = (await response.Content.ReadFromJsonAsync<PairingResponse>(LinkJson.Options))!;
        Assert.True(PairingProof.Verify(code, PairingProof.ReaderRole, CertificatePin.Of(_reader), CertificatePin.Of(_terminal), answer.Proof));
        Assert.Null(_pairing.Code);

        _channel.Notify(new LinkRequest("m1", "s1", LinkRequestKind.Abandon) { ErrorCode = "E101" });
        var next = await terminal.GetFromJsonAsync<LinkRequest>(LinkRoutes.Next, LinkJson.Options);
        Assert.Equal("m1", next!.MessageId);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(LinkRoutes.Next)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync(LinkRoutes.Reply, new LinkReply("m", "s"), LinkJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await stranger.PostAsJsonAsync(LinkRoutes.Pairing, new PairingRequest("x", Proof(code, _stranger)), LinkJson.Options)).StatusCode);
        Assert.True(new PairingState(Path.Combine(_folder, "paired-terminal.json")).PairedTerminal!.Value.Matches(_terminal), "the pairing was not kept");
    }

    [Fact]
    public async Task A_proof_made_for_another_certificate_fails_and_three_failures_spend_the_code()
    {
        using var terminal = Client(_terminal);
        string code = _pairing.Code!;
        // what a machine in the middle would send: the right code, bound to its own certificate
        string relayed = PairingProof.Compute(code, PairingProof.TerminalRole, CertificatePin.Of(_reader), CertificatePin.Of(_stranger));
        for (int i = 0; i < PairingState.AttemptsPerCode; i++)
        {
            var refused = await terminal.PostAsJsonAsync(LinkRoutes.Pairing, new PairingRequest("t", relayed), LinkJson.Options);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        Assert.False(_pairing.IsPaired);
        Assert.NotEqual(code, _pairing.Code);
        var late = await terminal.PostAsJsonAsync(LinkRoutes.Pairing, new PairingRequest("t", Proof(code, _terminal)), LinkJson.Options);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
    }

    [Fact]
    public async Task Stopping_the_server_answers_the_terminals_long_poll_at_once_instead_of_waiting_it_out()
    {
        using var terminal = Client(_terminal);
        var paired = await terminal.PostAsJsonAsync(LinkRoutes.Pairing, new PairingRequest("t", Proof(_pairing.Code!, _terminal)), LinkJson.Options);
        paired.EnsureSuccessStatusCode();
        var poll = terminal.GetAsync(LinkRoutes.Next);
        await Task.Delay(200); // the poll is waiting on the reader, with nothing to collect
        Assert.False(poll.IsCompleted);

        var stopping = _server.DisposeAsync().AsTask();

        // the poll would otherwise hold the stop for its whole wait
        Assert.True(LinkRoutes.PollWait > TimeSpan.FromSeconds(5));
        using var answered = await poll.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answered.StatusCode);
        await stopping.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_second_server_on_the_same_port_reports_the_address_in_use()
    {
        var taken = new IPEndPoint(IPAddress.Loopback, _server.Address.Port);
        var e = await Assert.ThrowsAsync<LinkAddressInUseException>(() =>
            ReaderLinkServer.StartAsync(taken, _reader, "R02", "MG-R02", _pairing, new TerminalChannel(), control: null));
        Assert.StartsWith("E901", e.Message, StringComparison.Ordinal);
    }

    private string Proof(string code, X509Certificate2 terminal) =>
        PairingProof.Compute(code, PairingProof.TerminalRole, CertificatePin.Of(_reader), CertificatePin.Of(terminal));

    private HttpClient Client(X509Certificate2 identity)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [identity];
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is X509Certificate2 c && CertificatePin.Of(_reader).Matches(c);
        return new HttpClient(handler) { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _reader.Dispose();
        _terminal.Dispose();
        _stranger.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
