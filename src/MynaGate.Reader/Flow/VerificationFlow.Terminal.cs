using MynaGate.Card.MyNumber;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.Reader.Flow;

public sealed partial class VerificationFlow
{
    /// <summary>
    /// Gets the terminal's challenge, has the card sign it (PIN path), signs the assertion with the device key and
    /// sends it with the certificate; the terminal answers with the national service's verdict.
    /// </summary>
    /// <param name="confirmOnPhone">An iPhone: its holder confirms on it while it signs, which the screen asks for.</param>
    private async Task<QualificationNotice> QualifyAsync(SessionRun run, JpkiApplication jpki, AuthenticationMethod method, CancellationToken ct,
        bool confirmOnPhone = false)
    {
        var session = run.Session;
        Show(FlowScreen.For(FlowState.Querying));
        run.TerminalInvolved = true;
        var challengeReply = await AskTerminalAsync(new LinkRequest(NewMessageId(), session.Id, LinkRequestKind.Challenge), ct).ConfigureAwait(false);
        byte[] challenge = session.Keep(challengeReply.Challenge ?? throw new FlowEndedException(FlowErrors.TerminalSilent));
        byte[]? cardSignature = method != AuthenticationMethod.Pin ? null
            : session.Keep(confirmOnPhone ? SignOnPhone(jpki, challenge) : jpki.SignWithAuthenticationKey(challenge));
        byte[] certificate;
        using (var read = jpki.ReadAuthenticationCertificate()) certificate = session.Keep(read.RawData);

        var assertion = new AuthenticationAssertion(readerId, session.Id, method, AuthenticationAssertion.HashCertificate(certificate),
            challenge, clock.GetUtcNow())
        {
            // the face (or staff) proved the holder of the card's records; this lets the terminal check the certificate is theirs
            IdentityBinding = method != AuthenticationMethod.Pin && session.Identity is { } card
                ? IdentityBinding.Compute(challenge, card.BirthDate, (int)card.Sex, card.Name) : null,
        };
        run.Stage("assertion");
        var reply = await AskTerminalAsync(new LinkRequest(NewMessageId(), session.Id, LinkRequestKind.Qualify)
        {
            Assertion = assertion,
            AssertionSignature = assertion.Sign(identity),
            Certificate = certificate,
            CardSignature = cardSignature,
        }, ct).ConfigureAwait(false);
        run.Stage("qualify");
        return reply.Qualification ?? throw new FlowEndedException(FlowErrors.TerminalSilent);
    }

    /// <summary>
    /// The configured consent screens in order (R12). 包括同意 answers, agreed or declined, every viewing item listed
    /// after it, each recorded with the same time; 個別に選ぶ asks them one by one instead. Then, when the clinic asks,
    /// the prescription choice (R35).
    /// </summary>
    private async Task AskConsentsAsync(SessionRun run, QualificationNotice notice, CancellationToken ct)
    {
        var answered = new HashSet<ConsentItem>();
        for (int i = 0; i < options.Consents.Count; i++)
        {
            var item = options.Consents[i];
            if (answered.Contains(item)) continue;
            IReadOnlyList<ConsentItem> covers = item == ConsentItem.Comprehensive
                ? [.. options.Consents.Skip(i + 1).Where(c => c != ConsentItem.Comprehensive && ConsentSets.IsViewing(c))]
                : [];
            Show(FlowScreen.For(FlowState.Consent, i) with { Consent = item, Covers = covers, CertificateExpiresSoon = notice.CertificateExpiresSoon });
            var input = await WaitInputAsync(input => input is Answer || (input is ChooseIndividually && covers.Count > 0), ct).ConfigureAwait(false);
            if (input is not Answer answer) continue;
            var at = clock.GetUtcNow();
            foreach (var given in covers.Prepend(item))
            {
                run.Session.Consents.Add(new ConsentAnswer(given, answer.Agreed, at));
                answered.Add(given);
            }
        }
        if (options.PrescriptionChoice)
        {
            Show(FlowScreen.For(FlowState.PrescriptionChoice) with { CertificateExpiresSoon = notice.CertificateExpiresSoon });
            var choice = (ChoosePrescription)await WaitInputAsync(input => input is ChoosePrescription c && Enum.IsDefined(c.Issue), ct).ConfigureAwait(false);
            run.Session.Prescription = choice.Issue;
        }
        run.Stage("consent");
    }

    /// <param name="certificateFollows">Paper mode: the terminal keeps the session for the certificate.</param>
    private async Task CompleteAsync(SessionRun run, bool certificateFollows, CancellationToken ct)
    {
        Show(FlowScreen.For(FlowState.Completing));
        var reply = await AskTerminalAsync(new LinkRequest(NewMessageId(), run.Session.Id, LinkRequestKind.Complete)
        {
            Consents = [.. run.Session.Consents],
            Prescription = run.Session.Prescription,
            CertificateFollows = certificateFollows,
        }, ct).ConfigureAwait(false);
        run.ResultFile = reply.ResultFile ?? throw new FlowEndedException(FlowErrors.TerminalSilent);
        run.TerminalInvolved = certificateFollows;
    }

    private async Task<LinkReply> AskTerminalAsync(LinkRequest request, CancellationToken ct)
    {
        LinkReply reply;
        try
        {
            reply = await terminal.RequestAsync(request, options.TerminalTimeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new FlowEndedException(FlowErrors.TerminalSilent);
        }
        if (reply.Error is { } error) throw new FlowEndedException(error.Code, error.Message);
        return reply;
    }
}
