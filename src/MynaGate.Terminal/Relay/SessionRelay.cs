using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using MynaGate.Link.Errors;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Relay;

/// <summary>
/// The terminal's part of each patient's session: issues the challenge, checks the reader's signed assertion
/// against its pinned certificate, asks the national service, records the consents and writes the result XML — and,
/// in 公費 paper mode, the certificate XML beside it. State is kept per reader and session, so readers never see each
/// other's sessions.
/// </summary>
public sealed partial class SessionRelay(INationalService nationalService, NationalServiceWatch outage, FaceResultWriter results,
    CertificateResultWriter certificates, TerminalEventLog log, string medicalInstitutionCode, TimeProvider clock)
{
    public const int ChallengeLength = 32;

    /// <summary>Kept back from the reader's wait for the reply's way back to it.</summary>
    public static readonly TimeSpan ReplyMargin = TimeSpan.FromMilliseconds(500);

    /// <summary>How far a reader's clock may stray from the terminal's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a session's state (its challenge, the national answer with the patient's name, address and birth
    /// date, the files written) is kept when its reader never ends it: three times the longest a reader waits for one
    /// answer (<see cref="LinkRequestShape.MaxWaitMs"/>), enough for the consents and a paper certificate between.
    /// </summary>
    public static readonly TimeSpan SessionDataLifetime = TimeSpan.FromMilliseconds(LinkRequestShape.MaxWaitMs * 3);

    /// <summary>A reader serves one patient at a time; a few more sessions are kept for ones it has not ended yet.</summary>
    public const int MaxSessionsPerReader = 4;

    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(string Reader, string Session), SessionState> _sessions = new();
    private readonly ConcurrentDictionary<(string Reader, string Session), (string? Result, string? Certificate, DateTimeOffset Expires)> _written = new();
    private long _nextSweepTicks;

    /// <summary>Each qualification and completion handled (reader, request) with the time it took, request in → answer out.</summary>
    public event Action<PairedReader, LinkRequest, TimeSpan>? Relayed;

    /// <summary>Each session's end as its reader reported it, with the files written for it.</summary>
    public event Action<PairedReader, SessionReport>? SessionReported;

    public async Task<LinkReply> HandleAsync(PairedReader reader, LinkRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(request);
        // a reader's message is outside input: one of the wrong shape is answered with a code, never let through
        if (!LinkRequestShape.IsWellFormed(request))
        {
            log.Write(TerminalEvent.RequestRefused, reader.ReaderId, LinkErrorCodes.MalformedMessage);
            return new LinkReply(LinkRequestShape.IsId(request.MessageId) ? request.MessageId : "", LinkRequestShape.IsId(request.SessionId) ? request.SessionId : "")
            {
                Error = new LinkError(LinkErrorCodes.MalformedMessage, "The terminal could not read the reader's message."),
            };
        }
        long start = Stopwatch.GetTimestamp();
        Sweep(clock.GetUtcNow());
        // the reader's wait, less the reply's way back: past it, nothing is asked or written for this request
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (request.WaitMs is { } wait) budget.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(0, wait - ReplyMargin.TotalMilliseconds)));
        LinkReply reply;
        try
        {
            reply = request.Kind switch
            {
                LinkRequestKind.Challenge => IssueChallenge(reader, request),
                LinkRequestKind.Qualify => await QualifyAsync(reader, request, budget.Token).ConfigureAwait(false),
                LinkRequestKind.Complete => await CompleteAsync(reader, request, budget.Token).ConfigureAwait(false),
                LinkRequestKind.Certificate => WriteCertificate(reader, request, budget.Token),
                LinkRequestKind.Report => RecordReport(reader, request),
                _ => Abandon(reader, request),
            };
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            _sessions.TryRemove((reader.ReaderId, request.SessionId), out _);
            outage.Failed(LinkErrorCodes.NationalServiceTimeout);
            log.Write(TerminalEvent.NationalServiceFailed, reader.ReaderId, LinkErrorCodes.NationalServiceTimeout);
            reply = new LinkReply(request.MessageId, request.SessionId)
            {
                Error = new LinkError(LinkErrorCodes.NationalServiceTimeout, "The answer could not be ready before the reader stopped waiting; nothing was written."),
            };
        }
        if (request.Kind is LinkRequestKind.Qualify or LinkRequestKind.Complete) Relayed?.Invoke(reader, request, Stopwatch.GetElapsedTime(start));
        return reply;
    }

    /// <summary>Sessions the relay holds state for (tests: none may be left behind).</summary>
    public int OpenSessions => _sessions.Count;

    // drops what readers never ended (a reader switched off mid-session, a hostile one opening sessions), at most
    // every SweepEvery: the patient's data does not outlive its session by more than SessionDataLifetime
    private void Sweep(DateTimeOffset now)
    {
        long due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepEvery).UtcTicks, due) != due) return;
        foreach (var (key, state) in _sessions)
            if (state.Expires <= now) _sessions.TryRemove(key, out _);
        foreach (var (key, written) in _written)
            if (written.Expires <= now) _written.TryRemove(key, out _);
    }

    private LinkReply IssueChallenge(PairedReader reader, LinkRequest request)
    {
        // a reader holds a few sessions at most: its oldest goes before another is opened
        var open = _sessions.Where(s => s.Key.Reader == reader.ReaderId).OrderBy(s => s.Value.Expires).ToList();
        foreach (var (key, _) in open.Take(Math.Max(0, open.Count - MaxSessionsPerReader + 1))) _sessions.TryRemove(key, out _);
        var state = new SessionState(RandomNumberGenerator.GetBytes(ChallengeLength), clock.GetUtcNow() + SessionDataLifetime);
        _sessions[(reader.ReaderId, request.SessionId)] = state;
        log.Write(TerminalEvent.ChallengeIssued, reader.ReaderId);
        return new LinkReply(request.MessageId, request.SessionId) { Challenge = state.Challenge };
    }

    private async Task<LinkReply> QualifyAsync(PairedReader reader, LinkRequest request, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue((reader.ReaderId, request.SessionId), out var state) || state.Challenge is null)
            return Refuse(reader, request, LinkErrorCodes.ChallengeUnknown, "No challenge was issued for this session; start again.");
        byte[] challenge = state.Challenge;
        state.Challenge = null;
        if (!IsAssertionValid(reader, request, challenge))
            return Refuse(reader, request, LinkErrorCodes.AssertionInvalid, "The reader's assertion did not verify.");

        if (outage.IsDown) return Down(reader, request);
        var assertion = request.Assertion!;
        try
        {
            var answer = await nationalService.QualifyAsync(new QualificationRequest(assertion.Method, request.Certificate!, challenge)
            {
                CardSignature = request.CardSignature,
                Assertion = assertion,
                AssertionSignature = request.AssertionSignature,
                DeviceCertificate = reader.Certificate,
            }, cancellationToken).ConfigureAwait(false);
            outage.Answered();
            if (!BelongsTogether(reader, assertion, answer, challenge))
                return Refuse(reader, request, LinkErrorCodes.IdentityMismatch,
                    "The card-face record and the certificate on this card belong to different people.");
            state.Method = assertion.Method;
            state.Qualification = answer;
            log.Write(TerminalEvent.QualificationRelayed, reader.ReaderId);
            // staff see why this patient was asked no viewing consent
            if (answer.CertificateInGrace) log.Write(TerminalEvent.CertificateInGrace, reader.ReaderId);
            return new LinkReply(request.MessageId, request.SessionId)
            {
                Qualification = new QualificationNotice(answer.ReferenceNumber, answer.Status, answer.CertificateExpiresSoon)
                {
                    CertificateInGrace = answer.CertificateInGrace,
                    MedicalSubsidiesAvailable = answer.MedicalSubsidies.Count > 0,
                },
            };
        }
        catch (NationalServiceException e)
        {
            _sessions.TryRemove((reader.ReaderId, request.SessionId), out _);
            Observe(e);
            bool refused = e.Code.StartsWith('Q');
            log.Write(refused ? TerminalEvent.QualificationRefused : TerminalEvent.NationalServiceFailed, reader.ReaderId, e.Code);
            // the national side refused a genuine card's certificate (revoked, expired): the receipt computer sees it as
            // real files show it. A forged proof or certificate, or an unregistered reader, stays in the log: a device
            // on the LAN must not be able to fill the receipt computer's folder. A service that did not answer confirmed
            // nothing and leaves no file.
            if (e.Code is LinkErrorCodes.CertificateRevoked or LinkErrorCodes.CertificateExpired) WriteRefusal(reader, e.Code);
            return new LinkReply(request.MessageId, request.SessionId) { Error = new LinkError(e.Code, e.Message) };
        }
    }

    private void WriteRefusal(PairedReader reader, string code)
    {
        try
        {
            results.WriteRefusal(reader.ReaderId, medicalInstitutionCode, clock.GetUtcNow(), code,
                ErrorCatalogue.Find(code)?.Cause.Ja ?? "オンライン資格確認で照会できませんでした。");
            log.Write(TerminalEvent.RefusalWritten, reader.ReaderId, code);
        }
        catch (IOException)
        {
            log.Write(TerminalEvent.ResultFailed, reader.ReaderId, LinkErrorCodes.ResultNotWritten);
        }
    }

    private async Task<LinkReply> CompleteAsync(PairedReader reader, LinkRequest request, CancellationToken cancellationToken)
    {
        if (!_sessions.TryRemove((reader.ReaderId, request.SessionId), out var state) || state.Qualification is not { } qualification || state.Completed)
            return Refuse(reader, request, LinkErrorCodes.SessionUnknown, "The terminal holds no qualification for this session.");
        if (outage.IsDown) return Down(reader, request);
        try
        {
            var consents = await nationalService.RecordConsentsAsync(qualification.ReferenceNumber,
                new ConsentRequest(request.Consents ?? []), cancellationToken).ConfigureAwait(false);
            outage.Answered();
            string file;
            try
            {
                // the last moment to give up: a result written now reaches a reader still waiting for it
                cancellationToken.ThrowIfCancellationRequested();
                file = results.Write(new FaceResult(reader.ReaderId, medicalInstitutionCode, state.Method, qualification, consents)
                {
                    Prescription = request.Prescription,
                    UseMedicalSubsidies = request.UseMedicalSubsidies,
                });
            }
            catch (IOException)
            {
                log.Write(TerminalEvent.ResultFailed, reader.ReaderId, LinkErrorCodes.ResultNotWritten);
                return new LinkReply(request.MessageId, request.SessionId)
                {
                    Error = new LinkError(LinkErrorCodes.ResultNotWritten, "The result could not be written to the Face folder."),
                };
            }
            if (request.Prescription is not null) log.Write(TerminalEvent.PrescriptionAnswered, reader.ReaderId);
            if (request.UseMedicalSubsidies is { } use && qualification.MedicalSubsidies.Count > 0)
                log.Write(use ? TerminalEvent.MedicalSubsidiesUsed : TerminalEvent.MedicalSubsidiesDeclined, reader.ReaderId);
            log.Write(TerminalEvent.ResultWritten, reader.ReaderId);
            _written[(reader.ReaderId, request.SessionId)] = (file, null, clock.GetUtcNow() + SessionDataLifetime);
            if (request.CertificateFollows)
            {
                state.Completed = true;
                _sessions[(reader.ReaderId, request.SessionId)] = state;
            }
            return new LinkReply(request.MessageId, request.SessionId) { ResultFile = file };
        }
        catch (NationalServiceException e)
        {
            Observe(e);
            log.Write(TerminalEvent.NationalServiceFailed, reader.ReaderId, e.Code);
            return new LinkReply(request.MessageId, request.SessionId) { Error = new LinkError(e.Code, e.Message) };
        }
    }

    // a refusal is an answer; only the service's own failures count towards an outage
    private void Observe(NationalServiceException e)
    {
        if (e.ServiceFault) outage.Failed(e.Code);
        else outage.Answered();
    }

    /// <summary>During an outage the service is not asked: the patient is told at once, not after a timeout (R43).</summary>
    private LinkReply Down(PairedReader reader, LinkRequest request)
    {
        _sessions.TryRemove((reader.ReaderId, request.SessionId), out _);
        log.Write(TerminalEvent.NationalServiceFailed, reader.ReaderId, LinkErrorCodes.NationalServiceDown);
        return new LinkReply(request.MessageId, request.SessionId)
        {
            Error = new LinkError(LinkErrorCodes.NationalServiceDown, "The national service is down; it is asked again once it answers."),
        };
    }

    /// <summary>The certificate of a session whose result XML was written with <see cref="LinkRequest.CertificateFollows"/>.</summary>
    private LinkReply WriteCertificate(PairedReader reader, LinkRequest request, CancellationToken cancellationToken)
    {
        if (!_sessions.TryRemove((reader.ReaderId, request.SessionId), out var state) || !state.Completed || state.Qualification is not { } qualification)
            return Refuse(reader, request, LinkErrorCodes.SessionUnknown, "The terminal holds no completed session awaiting a certificate.");
        if (request.PaperCertificate is not { } certificate)
            return Refuse(reader, request, LinkErrorCodes.CertificateInvalid, "The request carries no certificate.");
        string? file;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            file = certificates.Write(reader.ReaderId, qualification, certificate, clock.GetUtcNow());
        }
        catch (IOException)
        {
            log.Write(TerminalEvent.ResultFailed, reader.ReaderId, LinkErrorCodes.ResultNotWritten);
            return new LinkReply(request.MessageId, request.SessionId)
            {
                Error = new LinkError(LinkErrorCodes.ResultNotWritten, "The certificate could not be written to the Face folder."),
            };
        }
        if (file is null)
            return Refuse(reader, request, LinkErrorCodes.CertificateInvalid, "The certificate's form or fields are not valid.");
        log.Write(TerminalEvent.CertificateWritten, reader.ReaderId);
        _written.AddOrUpdate((reader.ReaderId, request.SessionId), (null, file, clock.GetUtcNow() + SessionDataLifetime), (_, written) => written with { Certificate = file });
        return new LinkReply(request.MessageId, request.SessionId) { ResultFile = file };
    }

    private LinkReply Abandon(PairedReader reader, LinkRequest request)
    {
        // after the result XML, an abandon only means the patient placed no certificate (or the step failed)
        _sessions.TryRemove((reader.ReaderId, request.SessionId), out var state);
        var what = state is { Completed: true } ? TerminalEvent.CertificateSkipped : TerminalEvent.SessionAbandoned;
        log.Write(what, reader.ReaderId, request.ErrorCode);
        return new LinkReply(request.MessageId, request.SessionId);
    }

    /// <summary>Every session's end on the reader, including those that never reached the terminal (the dashboard counts them).</summary>
    private LinkReply RecordReport(PairedReader reader, LinkRequest request)
    {
        log.Write(request.ErrorCode is null ? TerminalEvent.SessionSucceeded : TerminalEvent.SessionFailed, reader.ReaderId, request.ErrorCode);
        var duration = TimeSpan.FromMilliseconds(request.DurationMs ?? 0);
        log.RecordSession(reader.ReaderId, request.Method, request.ErrorCode, duration);
        _written.TryRemove((reader.ReaderId, request.SessionId), out var written);
        SessionReported?.Invoke(reader, new SessionReport(request.SessionId, clock.GetUtcNow(), duration, request.Method, request.ErrorCode,
            written.Result, written.Certificate));
        return new LinkReply(request.MessageId, request.SessionId);
    }

    private LinkReply Refuse(PairedReader reader, LinkRequest request, string code, string message)
    {
        _sessions.TryRemove((reader.ReaderId, request.SessionId), out _);
        log.Write(TerminalEvent.RequestRefused, reader.ReaderId, code);
        return new LinkReply(request.MessageId, request.SessionId) { Error = new LinkError(code, message) };
    }

    /// <summary>
    /// Face and 目視確認 paths: the birth date, sex and name signed in the card's records (bound by the reader) must be
    /// those the national service holds for the certificate, for every qualification it answers. An answer without a
    /// qualification names nobody to compare; the PIN path needs nothing (the card signed the challenge).
    /// </summary>
    private bool BelongsTogether(PairedReader reader, AuthenticationAssertion assertion, QualificationResponse answer, byte[] challenge)
    {
        if (assertion.IdentityBinding is not { } presented)
        {
            if (assertion.Method == AuthenticationMethod.Visual) log.Write(TerminalEvent.VisualCheckUnbound, reader.ReaderId);
            return true;
        }
        var matches = answer.Qualifications
            .Select(q => presented.Compare(IdentityBinding.Compute(challenge, q.BirthDate, q.Sex, q.Name)))
            .ToList();
        if (matches.Contains(IdentityMatch.Different)) return false;
        if (matches.Contains(IdentityMatch.NameNotCompared)) log.Write(TerminalEvent.IdentityNameNotCompared, reader.ReaderId);
        return true;
    }

    private bool IsAssertionValid(PairedReader reader, LinkRequest request, byte[] challenge)
    {
        if (request.Assertion is not { } assertion || request.AssertionSignature is null || request.Certificate is null) return false;
        bool fields = assertion.ReaderId == reader.ReaderId
            && assertion.SessionId == request.SessionId
            && CryptographicOperations.FixedTimeEquals(assertion.Challenge, challenge)
            && assertion.CertificateSha256 == AuthenticationAssertion.HashCertificate(request.Certificate)
            && (assertion.Method == AuthenticationMethod.Pin) == (request.CardSignature is not null)
            // the face path always binds; 目視確認 binds when the card face was read; the PIN path never does
            && (assertion.Method != AuthenticationMethod.Face || assertion.IdentityBinding is not null)
            && (assertion.Method != AuthenticationMethod.Pin || assertion.IdentityBinding is null)
            && (assertion.IssuedAt - clock.GetUtcNow()).Duration() <= ClockSkew;
        if (!fields) return false;
        using var device = reader.LoadCertificate();
        return assertion.Verify(device, request.AssertionSignature);
    }

    private sealed class SessionState(byte[] challenge, DateTimeOffset expires)
    {
        public DateTimeOffset Expires { get; } = expires;
        public byte[]? Challenge { get; set; } = challenge;
        public AuthenticationMethod Method { get; set; }
        public QualificationResponse? Qualification { get; set; }
        /// <summary>The result XML is written; only the announced certificate may follow.</summary>
        public bool Completed { get; set; }
    }
}
