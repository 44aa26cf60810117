using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Link.Pairing;
using MynaGate.Reader.Link;
using MynaGate.Tests;

namespace MynaGate.Reader.Tests;

/// <summary>
/// The reader's TLS endpoint: pairing is J-PAKE over the code, bound to both certificates and rate-limited; only the
/// paired terminal is served, and it alone can unpair.
/// </summary>
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
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_right_code_pairs_both_ways_and_only_the_paired_terminal_is_served_afterwards()
    {
        using var terminal = Client(_terminal);
        using var stranger = Client(_stranger);
        Assert.Equal(HttpStatusCode.Forbidden, (await terminal.GetAsync(LinkRoutes.Next)).StatusCode);

        var (status, answer, party) = await PairAsync(terminal, _pairing.Code!, CertificatePin.Of(_terminal));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(party.VerifyConfirmation(answer!.Confirmation), "the reader's confirmation did not verify");
        Assert.Equal("R01", answer.ReaderId);
        Assert.Null(_pairing.Code);

        _channel.Notify(new LinkRequest("m1", "s1", LinkRequestKind.Abandon) { ErrorCode = "E101" });
        var next = await terminal.GetFromJsonAsync<LinkRequest>(LinkRoutes.Next, LinkJson.Options);
        Assert.Equal("m1", next!.MessageId);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(LinkRoutes.Next)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync(LinkRoutes.Reply, new LinkReply("m", "s"), LinkJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.DeleteAsync(LinkRoutes.Pairing)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PairAsync(stranger, "000000", CertificatePin.Of(_stranger))).Status);
        string file = Path.Combine(_folder, "paired-terminal.json");
        Assert.True(new PairingState(file).PairedTerminal!.Value.Matches(_terminal), "the pairing was not kept");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));

        // the paired terminal unpairs: the reader forgets it and shows a new code
        Assert.Equal(HttpStatusCode.NoContent, (await terminal.DeleteAsync(LinkRoutes.Pairing)).StatusCode);
        Assert.False(_pairing.IsPaired);
        Assert.NotNull(_pairing.Code);
        Assert.False(File.Exists(file));
        Assert.Equal(HttpStatusCode.Forbidden, (await terminal.GetAsync(LinkRoutes.Next)).StatusCode);
    }

    [Fact]
    public async Task A_relay_with_the_right_code_fails_on_both_sides_and_its_transcript_tests_no_guess_offline()
    {
        // the relay terminates TLS: the reader sees the relay's client certificate, the terminal the relay's server
        // certificate; the relay forwards every pairing message unchanged, and the staff typed the right code
        string code = _pairing.Code!;
        using var relay = Client(_stranger);
        var terminalParty = new PairingParty(isReader: false, code);
        var start = new PairingStart("t", terminalParty.Round1);
        using var started = await relay.PostAsJsonAsync(LinkRoutes.PairingStart, start, LinkJson.Options);
        var challenge = (await started.Content.ReadFromJsonAsync<PairingChallenge>(LinkJson.Options))!;
        var round2 = terminalParty.AcceptRound1(challenge.Round1);
        terminalParty.AcceptRound2(challenge.Round2, CertificatePin.Of(_stranger), CertificatePin.Of(_terminal));
        var finish = new PairingFinish(challenge.AttemptId, round2, terminalParty.Confirmation!);
        using var finished = await relay.PostAsJsonAsync(LinkRoutes.PairingFinish, finish, LinkJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, finished.StatusCode);
        Assert.Empty(await finished.Content.ReadAsByteArrayAsync());
        Assert.False(_pairing.IsPaired);

        // offline, the relay holds the whole transcript and both pins; replaying it into a party of its own, the
        // right code fares exactly as a wrong one: J-PAKE's proofs are over the real parties' secrets, which it lacks
        foreach (string candidate in new[] { code, code == "000000" ? "000001" : "000000" })
        {
            var guess = new PairingParty(isReader: true, candidate);
            guess.AcceptRound1(start.Round1);
            Assert.Throws<PairingRefusedException>(() => guess.AcceptRound2(finish.Round2, CertificatePin.Of(_reader), CertificatePin.Of(_terminal)));
            Assert.False(guess.VerifyConfirmation(finish.Confirmation));
        }
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_three_failures_spend_the_code()
    {
        using var terminal = Client(_terminal);
        string code = _pairing.Code!;
        string wrong = code == "999999" ? "000000" : "999999";
        for (int i = 0; i < PairingLimits.AttemptsPerCode; i++)
            Assert.Equal(HttpStatusCode.Forbidden, (await PairAsync(terminal, wrong, CertificatePin.Of(_terminal))).Status);
        Assert.False(_pairing.IsPaired);
        Assert.NotEqual(code, _pairing.Code);
        Assert.Equal(HttpStatusCode.Forbidden, (await PairAsync(terminal, code, CertificatePin.Of(_terminal))).Status);
        Assert.Equal(HttpStatusCode.OK, (await PairAsync(terminal, _pairing.Code!, CertificatePin.Of(_terminal))).Status);
    }

    [Fact]
    public async Task Attempts_beyond_the_window_limit_wait_whatever_their_code_and_a_code_expires()
    {
        var clock = new SteppingClock(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        await RestartAsync(new PairingState(Path.Combine(_folder, "limited.json"), clock));
        using var terminal = Client(_terminal);
        var round1 = new PairingParty(isReader: false, "123456").Round1;
        for (int i = 0; i < PairingLimits.AttemptsPerWindow; i++)
        {
            using var opened = await terminal.PostAsJsonAsync(LinkRoutes.PairingStart, new PairingStart("t", round1), LinkJson.Options);
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }
        using (var limited = await terminal.PostAsJsonAsync(LinkRoutes.PairingStart, new PairingStart("t", round1), LinkJson.Options))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal(PairingLimits.Window, limited.Headers.RetryAfter!.Delta);
        }
        // the right code waits too
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PairAsync(terminal, _pairing.Code!, CertificatePin.Of(_terminal))).Status);

        string code = _pairing.Code!;
        var expires = _pairing.Shown!.Value.Expires;
        clock.Advance(PairingCode.Lifetime);
        Assert.NotEqual(code, _pairing.Code);
        Assert.True(_pairing.Shown!.Value.Expires > expires);
        Assert.Equal(HttpStatusCode.OK, (await PairAsync(terminal, _pairing.Code!, CertificatePin.Of(_terminal))).Status);
    }

    [Fact]
    public async Task Malformed_and_out_of_order_pairing_messages_are_refused_without_pairing()
    {
        using var terminal = Client(_terminal);
        var good = new PairingParty(isReader: false, _pairing.Code!).Round1;
        JPakeRound1[] bad =
        [
            good with { Gx1 = "zz" },
            good with { Gx2 = new string('f', 5000) },
            good with { ProofX1 = ["1"] },
            good with { ParticipantId = PairingParty.ReaderId },
            good with { Gx1 = "0" },
        ];
        foreach (var round1 in bad)
        {
            using var refused = await terminal.PostAsJsonAsync(LinkRoutes.PairingStart, new PairingStart("t", round1), LinkJson.Options);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        using var unknown = await terminal.PostAsJsonAsync(LinkRoutes.PairingFinish,
            new PairingFinish("00", new JPakeRound2(PairingParty.TerminalId, "1", ["1", "1"]), "1"), LinkJson.Options);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // a body larger than any message is not read at all
        using var huge = await terminal.PostAsJsonAsync(LinkRoutes.PairingStart,
            new PairingStart(new string('t', LinkLimits.MaxMessageBytes + 1), good), LinkJson.Options);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.False(_pairing.IsPaired);
    }

    [Fact]
    public async Task Stopping_the_server_answers_the_terminals_long_poll_at_once_instead_of_waiting_it_out()
    {
        using var terminal = Client(_terminal);
        Assert.Equal(HttpStatusCode.OK, (await PairAsync(terminal, _pairing.Code!, CertificatePin.Of(_terminal))).Status);
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

    // the terminal's side of the exchange, as the terminal service runs it
    private async Task<(HttpStatusCode Status, PairingResponse? Answer, PairingParty Party)> PairAsync(HttpClient terminal, string code, CertificatePin terminalPin)
    {
        var party = new PairingParty(isReader: false, code);
        using var started = await terminal.PostAsJsonAsync(LinkRoutes.PairingStart, new PairingStart("t", party.Round1), LinkJson.Options);
        if (!started.IsSuccessStatusCode) return (started.StatusCode, null, party);
        var challenge = (await started.Content.ReadFromJsonAsync<PairingChallenge>(LinkJson.Options))!;
        var round2 = party.AcceptRound1(challenge.Round1);
        party.AcceptRound2(challenge.Round2, CertificatePin.Of(_reader), terminalPin);
        using var finished = await terminal.PostAsJsonAsync(LinkRoutes.PairingFinish,
            new PairingFinish(challenge.AttemptId, round2, party.Confirmation!), LinkJson.Options);
        return finished.IsSuccessStatusCode
            ? (finished.StatusCode, await finished.Content.ReadFromJsonAsync<PairingResponse>(LinkJson.Options), party)
            : (finished.StatusCode, null, party);
    }

    private async Task RestartAsync(PairingState pairing)
    {
        await _server.DisposeAsync();
        _pairing = pairing;
        _server = await ReaderLinkServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), _reader, "R01", "MG-R01", _pairing, _channel, control: null);
    }

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
