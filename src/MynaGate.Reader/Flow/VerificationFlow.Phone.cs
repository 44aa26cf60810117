using MynaGate.Card.MyNumber;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Cards;

namespace MynaGate.Reader.Flow;

public sealed partial class VerificationFlow
{
    /// <summary>
    /// スマホ用電子証明書 (R32), the phone held over the 汎用 reader: its token type (JPKI EF 0006) decides the way —
    /// Android's スマホ用PIN on this unit's pad, or an iPhone confirmed on the phone itself. A phone has no card-face AP,
    /// so there is no face check and no 目視確認. Once it has signed and its certificate is read the phone may be taken
    /// away; the consents go on on this unit, as the national screens do.
    /// </summary>
    private async Task VerifyPhoneAsync(SessionRun run, SessionSteps steps, PlacedCard phone, CancellationToken ct, CancellationToken stopping)
    {
        _screen.Show(FlowScreen.For(FlowState.ReadingCard) with { Phone = true });
        // two tokens at once (R37): which one the patient means is not guessed
        if (!devices.PhonesOnCardSlot && devices.Slot.IsCardPresent()) throw new FlowEndedException(FlowErrors.CardAndPhone);
        var jpki = MyNumberCard.OpenJpki(phone.Transport);
        var token = jpki.ReadTokenType();
        if (token == TokenType.Card) throw new FlowEndedException(FlowErrors.CardOnPhoneReader);
        if (token is not (TokenType.Android or TokenType.IPhone) || !jpki.ReadCertificateAvailability().AuthenticationCertificate)
            throw new FlowEndedException(FlowErrors.PhoneUnusable);

        run.Start(AuthenticationMethod.Pin);
        if (token == TokenType.Android)
        {
            var pin = await steps.Pin.RunAsync(run.Session, jpki, ct, phone: true).ConfigureAwait(false);
            // a phone has no other way: its locked スマホ用PIN is reset on the phone, not here
            if (pin == PinStep.Outcome.Blocked) throw new FlowEndedException(FlowErrors.PinBlocked);
            if (pin == PinStep.Outcome.Back) throw new FlowEndedException(FlowErrors.Cancelled);
        }
        var qualification = await steps.Qualification.RunAsync(run, jpki, AuthenticationMethod.Pin, ct, confirmOnPhone: token == TokenType.IPhone).ConfigureAwait(false);
        await ConsentAndCompleteAsync(run, steps, qualification, stopping, stopping).ConfigureAwait(false);
    }
}
