using System.Security.Cryptography.X509Certificates;
using MynaGate.Card;
using MynaGate.Card.Apdu;
using MynaGate.Card.MyNumber;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Reader.Flow;

/// <summary>
/// 資格確認 through the terminal: its challenge, the card's signature over it (PIN path), the assertion signed with the
/// reader's device key, the certificate; the terminal answers with the national service's verdict.
/// </summary>
internal sealed class QualificationStep(PatientScreen screen, TerminalRequests terminal, X509Certificate2 identity, string readerId, TimeProvider clock)
{
    /// <param name="confirmOnPhone">An iPhone: its holder confirms on it while it signs, which the screen asks for.</param>
    public async Task<QualificationNotice> RunAsync(SessionRun run, JpkiApplication jpki, AuthenticationMethod method, CancellationToken ct,
        bool confirmOnPhone = false)
    {
        var session = run.Session;
        screen.Show(FlowScreen.For(FlowState.Querying));
        run.TerminalInvolved = true;
        var challengeReply = await terminal.AskAsync(new LinkRequest(TerminalRequests.NewMessageId(), session.Id, LinkRequestKind.Challenge), ct).ConfigureAwait(false);
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
        var reply = await terminal.AskAsync(new LinkRequest(TerminalRequests.NewMessageId(), session.Id, LinkRequestKind.Qualify)
        {
            Assertion = assertion,
            AssertionSignature = assertion.Sign(identity),
            Certificate = certificate,
            CardSignature = cardSignature,
        }, ct).ConfigureAwait(false);
        run.Stage("qualify");
        return reply.Qualification ?? throw new FlowEndedException(FlowErrors.TerminalSilent);
    }

    /// <summary>The iPhone signs once its holder confirmed on it; a refusal there (6982) ends the session with its own code.</summary>
    private byte[] SignOnPhone(JpkiApplication jpki, byte[] challenge)
    {
        screen.Show(FlowScreen.For(FlowState.PhoneConfirm) with { Phone = true });
        try
        {
            return jpki.SignWithAuthenticationKey(challenge);
        }
        catch (CardStatusException e) when (e.StatusWord == StatusWord.SecurityStatusNotSatisfied)
        {
            throw new FlowEndedException(FlowErrors.PhoneNotConfirmed);
        }
        finally
        {
            screen.Show(FlowScreen.For(FlowState.Querying));
        }
    }
}
