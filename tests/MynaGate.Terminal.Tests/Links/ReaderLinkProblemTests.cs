using System.Net;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Link.Pairing;
using MynaGate.Reader.Link;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Logging;
using MynaGate.Tests;

namespace MynaGate.Terminal.Tests.Links;

/// <summary>
/// What the terminal says when a reader link fails (R22) and when pairing would exceed the licence (R21): a code in
/// the link's status and in the log, for each way it can go wrong. The readers are real TLS endpoints on loopback.
/// </summary>
public sealed class ReaderLinkProblemTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mynagate-terminal-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly X509Certificate2 _terminalIdentity = DeviceIdentity.Create("terminal");
    private readonly X509Certificate2 _readerIdentity = DeviceIdentity.Create("reader");
    private readonly X509Certificate2 _otherIdentity = DeviceIdentity.Create("other");
    private PairingState _readerPairing = null!;
    private ReaderLinkServer _unpairedReader = null!;

    public async Task InitializeAsync()
    {
        _readerPairing = new PairingState(Path.Combine(_folder, "reader", "paired-terminal.json"));
        _unpairedReader = await ReaderLinkServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), _readerIdentity, "R01", "MG-R01",
            _readerPairing, new TerminalChannel(), control: null);
    }

    [Fact]
    public async Task A_closed_port_a_foreign_certificate_and_a_reader_that_forgot_us_each_get_their_code()
    {
        var closed = new Uri($"https://127.0.0.1:{TestPorts.Next()}/");
        var terminal = await StartTerminalAsync(licensed: 4,
            new PairedReader("R-CLOSED", "MG-1", closed, _readerIdentity.RawData),
            new PairedReader("R-FOREIGN", "MG-2", _unpairedReader.Address, _otherIdentity.RawData),
            new PairedReader("R-UNPAIRED", "MG-3", _unpairedReader.Address, _readerIdentity.RawData));
        await using var _ = terminal;

        Assert.Equal(LinkDiagnostics.Refused, await ProblemOfAsync(terminal, "R-CLOSED"));
        Assert.Equal(LinkDiagnostics.CertificateMismatch, await ProblemOfAsync(terminal, "R-FOREIGN"));
        Assert.Equal(LinkDiagnostics.Unpaired, await ProblemOfAsync(terminal, "R-UNPAIRED"));
        // the link shows its problem as the log line is being written
        var downs = await LinkDownsAsync(terminal, expected: 3);
        Assert.Contains(downs, e => e.ReaderId == "R-CLOSED" && e.ErrorCode == LinkDiagnostics.Refused);
        Assert.Contains(downs, e => e.ReaderId == "R-FOREIGN" && e.ErrorCode == LinkDiagnostics.CertificateMismatch);
        Assert.Contains(downs, e => e.ReaderId == "R-UNPAIRED" && e.ErrorCode == LinkDiagnostics.Unpaired);
    }

    [Fact]
    public async Task Pairing_beyond_the_licence_is_refused_before_the_reader_is_contacted()
    {
        var terminal = await StartTerminalAsync(licensed: 1,
            new PairedReader("R-FIRST", "MG-1", new Uri($"https://127.0.0.1:{TestPorts.Next()}/"), _otherIdentity.RawData));
        await using var _ = terminal;

        var refused = await Assert.ThrowsAsync<PairingException>(() => terminal.PairAsync(_unpairedReader.Address, "000000"));

        Assert.Equal(PairingException.LicenceExceeded, refused.Code);
        Assert.Contains("licensed for 1 reader", refused.Message, StringComparison.Ordinal);
        Assert.Contains(await terminal.Log.ReadAsync(), e => e.Event == TerminalEvent.LicenceExceeded && e.ErrorCode == PairingException.LicenceExceeded);
        Assert.False(_readerPairing.IsPaired);
        Assert.Single(terminal.Links);
    }

    [Fact]
    public async Task A_wrong_or_mistyped_code_and_a_reader_paired_elsewhere_each_get_their_code()
    {
        var terminal = await StartTerminalAsync(licensed: 4);
        await using var _ = terminal;
        string code = _readerPairing.Code!;
        string wrong = code == "999999" ? "000000" : "999999";

        var mistyped = await Assert.ThrowsAsync<PairingException>(() => terminal.PairAsync(_unpairedReader.Address, "12 345"));
        Assert.Equal(PairingException.CodeMalformed, mistyped.Code);
        var rejected = await Assert.ThrowsAsync<PairingException>(() => terminal.PairAsync(_unpairedReader.Address, wrong));
        Assert.Equal(PairingException.CodeRejected, rejected.Code);
        Assert.False(_readerPairing.IsPaired);
        Assert.Equal(code, _readerPairing.Code);

        _readerPairing.Unpair(); // a fresh code; then another terminal pairs with it
        PairElsewhere();
        var taken = await Assert.ThrowsAsync<PairingException>(() => terminal.PairAsync(_unpairedReader.Address, "123456"));
        Assert.Equal(PairingException.ReaderAlreadyPaired, taken.Code);
        var refusals = (await terminal.Log.ReadAsync()).Where(e => e.Event == TerminalEvent.PairingRefused).Select(e => e.ErrorCode ?? "").Order(StringComparer.Ordinal);
        Assert.Equal([PairingException.CodeRejected, PairingException.ReaderAlreadyPaired, PairingException.CodeMalformed], refusals);
        Assert.Empty(terminal.Links);
    }

    [Fact]
    public async Task A_pairing_the_national_service_does_not_register_is_undone_on_the_reader_too()
    {
        // the national service of StartTerminalAsync is a closed port: J-PAKE succeeds, the registration fails
        var terminal = await StartTerminalAsync(licensed: 4);
        await using var _ = terminal;

        var failed = await Assert.ThrowsAsync<PairingException>(() => terminal.PairAsync(_unpairedReader.Address, _readerPairing.Code!));

        Assert.Equal(PairingException.NotReachable, failed.Code);
        Assert.False(_readerPairing.IsPaired, "the reader still pins a terminal that forgot it");
        Assert.NotNull(_readerPairing.Code);
        Assert.Empty(terminal.Links);
    }

    [Fact]
    public async Task Another_reader_claiming_a_paired_id_is_refused_and_the_paired_one_kept()
    {
        var holder = new PairedReader("R01", "MG-1", new Uri($"https://127.0.0.1:{TestPorts.Next()}/"), _otherIdentity.RawData);
        var terminal = await StartTerminalAsync(licensed: 4, holder);
        await using var _ = terminal;

        var taken = await Assert.ThrowsAsync<PairingException>(() => terminal.PairAsync(_unpairedReader.Address, _readerPairing.Code!));

        Assert.Equal(PairingException.ReaderIdTaken, taken.Code);
        Assert.False(_readerPairing.IsPaired, "the refused reader still pins the terminal");
        Assert.Equal(["R01"], terminal.Links.Select(l => l.Reader.ReaderId));
        Assert.Equal(_otherIdentity.RawData, terminal.Links.Single().Reader.Certificate);
        Assert.Contains(await terminal.Log.ReadAsync(), e => e.Event == TerminalEvent.PairingRefused && e.ErrorCode == PairingException.ReaderIdTaken);
    }

    [Theory]
    [InlineData("../R01", "MG-1")]
    [InlineData("R01", "MG 1")]
    [InlineData("R0123456789ABCDEF", "MG-1")]
    public async Task A_reader_stating_an_id_or_serial_of_the_wrong_shape_is_refused(string id, string serial)
    {
        var pairing = new PairingState(Path.Combine(_folder, "odd", "paired-terminal.json"));
        await using var odd = await ReaderLinkServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), _readerIdentity, id, serial, pairing, new TerminalChannel(), control: null);
        var terminal = await StartTerminalAsync(licensed: 4);
        await using var _ = terminal;

        var refused = await Assert.ThrowsAsync<PairingException>(() => terminal.PairAsync(odd.Address, pairing.Code!));

        Assert.Equal(PairingException.ReaderNameMalformed, refused.Code);
        Assert.False(pairing.IsPaired, "the refused reader still pins the terminal");
        Assert.Empty(terminal.Links);
        Assert.Empty(Directory.Exists(Path.Combine(_folder, "terminal", "Face")) ? Directory.GetFiles(Path.Combine(_folder, "terminal", "Face")) : []);
    }

    // another terminal's side of the exchange, straight against the reader
    private void PairElsewhere()
    {
        var party = new PairingParty(isReader: false, _readerPairing.Code!);
        var challenge = _readerPairing.Start(CertificatePin.Of(_readerIdentity), CertificatePin.Of(_otherIdentity),
            new PairingStart("other", party.Round1), out _, out _)!;
        var round2 = party.AcceptRound1(challenge.Round1);
        party.AcceptRound2(challenge.Round2, CertificatePin.Of(_readerIdentity), CertificatePin.Of(_otherIdentity));
        Assert.NotNull(_readerPairing.Finish(CertificatePin.Of(_otherIdentity), new PairingFinish(challenge.AttemptId, round2, party.Confirmation!), out _));
    }

    private async Task<TerminalService> StartTerminalAsync(int licensed, params PairedReader[] paired)
    {
        string state = Path.Combine(_folder, "terminal");
        new PairedReaderStore(Path.Combine(state, "paired-readers.json")).Save(paired);
        return await TerminalService.StartAsync(new TerminalOptions
        {
            Identity = _terminalIdentity,
            StateDirectory = state,
            FaceFolder = Path.Combine(state, "Face"),
            MedicalInstitutionCode = "1311111111",
            // not contacted: these tests end before any national-service call
            NationalService = new Uri($"https://127.0.0.1:{TestPorts.Next()}/"),
            NationalServicePin = CertificatePin.Of(_otherIdentity),
            LicensedReaders = licensed,
        });
    }

    private static async Task<string?> ProblemOfAsync(TerminalService terminal, string readerId)
    {
        var link = terminal.Links.Single(l => l.Reader.ReaderId == readerId);
        var deadline = DateTime.UtcNow + Patience;
        while (link.LastProblem is null && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.False(link.IsUp);
        return link.LastProblem?.Code;
    }

    private static async Task<List<TerminalLogEntry>> LinkDownsAsync(TerminalService terminal, int expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var downs = (await terminal.Log.ReadAsync()).Where(e => e.Event == TerminalEvent.LinkDown).ToList();
            if (downs.Count >= expected || DateTime.UtcNow > deadline) return downs;
            await Task.Delay(50);
        }
    }


    public async Task DisposeAsync()
    {
        await _unpairedReader.DisposeAsync();
        _terminalIdentity.Dispose();
        _readerIdentity.Dispose();
        _otherIdentity.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
