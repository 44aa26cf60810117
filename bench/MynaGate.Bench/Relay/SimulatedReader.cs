using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Link;

namespace MynaGate.Bench.Relay;

/// <summary>
/// A reader reduced to its link: the real <see cref="ReaderLinkServer"/> (TLS, pinned terminal, long poll), the real
/// <see cref="PairingState"/> and <see cref="TerminalChannel"/>, and a device key that signs real assertions — but no
/// card slot, camera or screen. Its patients send exactly the messages a reader's flow sends (challenge, qualify with
/// the card's certificate and signature or the face binding, complete with the consents, report), so all the time a
/// session takes beyond this class is the terminal's, its national service's and the link's.
/// </summary>
internal sealed class SimulatedReader : IAsyncDisposable
{
    private static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(30);
    // the default set answered with one 包括同意, as a reader records it (the answer and each item it covers)
    private static readonly IReadOnlyList<ConsentItem> Consents = ConsentSets.National2024;

    private readonly X509Certificate2 _identity;
    private readonly TerminalChannel _channel = new();
    private readonly VirtualMyNumberCard _card;
    private readonly RSA _cardKey;
    private ReaderLinkServer? _server;
    // the current session's time spent waiting for the terminal (one session at a time per reader)
    private TimeSpan _waited;

    private SimulatedReader(string id, X509Certificate2 identity, PairingState pairing, VirtualMyNumberCard card)
    {
        Id = id;
        _identity = identity;
        Pairing = pairing;
        _card = card;
        _cardKey = RSA.Create();
        _cardKey.ImportPkcs8PrivateKey(card.Image.AuthenticationKey, out _);
    }

    public string Id { get; }
    public PairingState Pairing { get; }
    public Uri Address => _server!.Address;

    /// <summary>Starts the link on a free loopback port, unpaired (its one-time code in <see cref="Pairing"/>).</summary>
    public static async Task<SimulatedReader> StartAsync(string id, string stateDirectory, VirtualMyNumberCard card)
    {
        var reader = new SimulatedReader(id, DeviceIdentity.Create("MynaGate Reader " + id), new PairingState(Path.Combine(stateDirectory, id + "-paired-terminal.json")), card);
        try
        {
            reader._server = await ReaderLinkServer.StartAsync(new IPEndPoint(IPAddress.Loopback, 0), reader._identity, id, "SIM-" + id,
                reader.Pairing, reader._channel, control: null).ConfigureAwait(false);
            return reader;
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// One patient's session; its id, its error code (null when the result XML was written) and how long the reader
    /// waited for the terminal's answers. <paramref name="patient"/> is the patient's time before the challenge and
    /// before the completion.
    /// </summary>
    public async Task<RelaySession> RunSessionAsync(AuthenticationMethod method, Func<Task> patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        string sessionId = Guid.NewGuid().ToString("N");
        long placed = Stopwatch.GetTimestamp();
        _waited = TimeSpan.Zero;
        string? error = null;
        try
        {
            await patient().ConfigureAwait(false);
            var challengeReply = await AskAsync(new LinkRequest(NewId(), sessionId, LinkRequestKind.Challenge)).ConfigureAwait(false);
            byte[] challenge = challengeReply.Challenge ?? throw new RelayRefusedException(FlowErrors.TerminalSilent);
            byte[] certificate = _card.Image.AuthenticationCertificate;
            var persona = _card.Image.Persona;
            var assertion = new AuthenticationAssertion(Id, sessionId, method, AuthenticationAssertion.HashCertificate(certificate), challenge, DateTimeOffset.UtcNow)
            {
                IdentityBinding = method == AuthenticationMethod.Face ? IdentityBinding.Compute(challenge, persona.BirthDate, (int)persona.Sex, persona.Name) : null,
            };
            var qualify = await AskAsync(new LinkRequest(NewId(), sessionId, LinkRequestKind.Qualify)
            {
                Assertion = assertion,
                AssertionSignature = assertion.Sign(_identity),
                Certificate = certificate,
                CardSignature = method == AuthenticationMethod.Pin ? _cardKey.SignData(challenge, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1) : null,
            }).ConfigureAwait(false);
            if (qualify.Qualification is null) throw new RelayRefusedException(FlowErrors.TerminalSilent);
            await patient().ConfigureAwait(false);
            var complete = await AskAsync(new LinkRequest(NewId(), sessionId, LinkRequestKind.Complete)
            {
                Consents = [.. Consents.Select(item => new ConsentAnswer(item, true, DateTimeOffset.UtcNow))],
                Prescription = PrescriptionIssue.Electronic,
            }).ConfigureAwait(false);
            if (complete.ResultFile is null) throw new RelayRefusedException(FlowErrors.TerminalSilent);
        }
        catch (RelayRefusedException e)
        {
            error = e.Code;
        }
        catch (TimeoutException)
        {
            // what the reader's flow shows when the terminal does not answer in time
            error = FlowErrors.TerminalSilent;
        }
        _channel.Notify(new LinkRequest(NewId(), sessionId, LinkRequestKind.Report)
        {
            ErrorCode = error, Method = method, DurationMs = (long)Stopwatch.GetElapsedTime(placed).TotalMilliseconds,
        });
        return new RelaySession(sessionId, error, _waited);
    }

    private async Task<LinkReply> AskAsync(LinkRequest request)
    {
        long asked = Stopwatch.GetTimestamp();
        var reply = await _channel.RequestAsync(request, ReplyWait, CancellationToken.None).ConfigureAwait(false);
        _waited += Stopwatch.GetElapsedTime(asked);
        return reply.Error is { } error ? throw new RelayRefusedException(error.Code) : reply;
    }

    private static string NewId() => Guid.NewGuid().ToString("N");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync().ConfigureAwait(false);
        _cardKey.Dispose();
        _identity.Dispose();
    }
}
