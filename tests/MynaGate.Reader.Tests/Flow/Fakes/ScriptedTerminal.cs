using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Reader.Link;

namespace MynaGate.Reader.Tests.Flow.Fakes;

/// <summary>
/// The paired terminal, answered in process: a challenge, a valid qualification and a result file by default; a test
/// replaces the answer to any kind of request, or makes it go unanswered, in which case the request times out on the
/// flow's clock as the link's would.
/// </summary>
internal sealed class ScriptedTerminal(TimeProvider clock) : ITerminalChannel
{
    private readonly ConcurrentDictionary<LinkRequestKind, Func<LinkRequest, LinkReply>> _answers = new();
    private readonly ConcurrentDictionary<LinkRequestKind, bool> _silent = new();

    /// <summary>Every request and notice the flow sent, in order, as the wire carried them (the session zeroes its own copies at its end).</summary>
    public ConcurrentQueue<LinkRequest> Received { get; } = new();

    public QualificationStatus Status { get; set; } = QualificationStatus.Valid;

    /// <summary>Answers <paramref name="kind"/> with <paramref name="answer"/> from now on.</summary>
    public void Answer(LinkRequestKind kind, Func<LinkRequest, LinkReply> answer) => _answers[kind] = answer;

    /// <summary>Answers <paramref name="kind"/> with the error <paramref name="code"/>.</summary>
    public void Refuse(LinkRequestKind kind, string code) =>
        Answer(kind, r => new LinkReply(r.MessageId, r.SessionId) { Error = new LinkError(code, "refused by the test") });

    /// <summary>Leaves <paramref name="kind"/> unanswered: the flow's wait ends with its timeout.</summary>
    public void Silence(LinkRequestKind kind) => _silent[kind] = true;

    public IEnumerable<LinkRequest> OfKind(LinkRequestKind kind) => Received.Where(r => r.Kind == kind);

    public async Task<LinkReply> RequestAsync(LinkRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Received.Enqueue(AsSent(request));
        if (_silent.ContainsKey(request.Kind))
        {
            await Task.Delay(timeout, clock, cancellationToken).ConfigureAwait(false);
            throw new TimeoutException();
        }
        var reply = _answers.TryGetValue(request.Kind, out var answer) ? answer(request) : Default(request);
        // as the real channel's wait: a reply that comes after the session gave up waiting is not taken
        cancellationToken.ThrowIfCancellationRequested();
        return reply;
    }

    public void Notify(LinkRequest request) => Received.Enqueue(AsSent(request));

    private static LinkRequest AsSent(LinkRequest request) =>
        JsonSerializer.Deserialize<LinkRequest>(JsonSerializer.SerializeToUtf8Bytes(request, LinkJson.Options), LinkJson.Options)!;

    private LinkReply Default(LinkRequest request) => request.Kind switch
    {
        LinkRequestKind.Challenge => new LinkReply(request.MessageId, request.SessionId) { Challenge = RandomNumberGenerator.GetBytes(32) },
        LinkRequestKind.Qualify => new LinkReply(request.MessageId, request.SessionId)
        {
            Qualification = new QualificationNotice("REF-TEST", Status, CertificateExpiresSoon: false),
        },
        LinkRequestKind.Complete => new LinkReply(request.MessageId, request.SessionId) { ResultFile = "result.xml" },
        LinkRequestKind.Certificate => new LinkReply(request.MessageId, request.SessionId) { ResultFile = "certificate.xml" },
        _ => throw new InvalidOperationException($"The flow asked {request.Kind}, which it only notifies."),
    };
}
