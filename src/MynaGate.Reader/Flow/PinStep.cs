using System.Security.Cryptography;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Secrets;
using MynaGate.Card.Transport;

namespace MynaGate.Reader.Flow;

/// <summary>
/// 暗証番号 (R03, R30): the tries are read first and shown, the pad is shuffled for every entry, one VERIFY per
/// entry and never an automatic retry; one try left brings a warning, a blocked card sends the patient to staff.
/// </summary>
internal sealed class PinStep(PatientScreen screen)
{
    public enum Outcome
    {
        Verified,
        Blocked,
        Back,
    }

    /// <param name="phone">An Android phone's スマホ用PIN: the screen says so and offers no way back to a method choice.</param>
    public async Task<Outcome> RunAsync(PatientSession session, JpkiApplication jpki, CancellationToken ct, bool phone = false)
    {
        var tries = jpki.GetAuthenticationPinRetries();
        string? error = null;
        while (true)
        {
            if (tries.IsBlocked) return Outcome.Blocked;
            int? left = tries.State == RetryState.Remaining ? tries.Remaining : null;
            // the shuffled pad (R30) cannot be used without sight; the accessible mode's is fixed: 1–9, then 0
            int[] layout = screen.Accessible ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] : ShuffledPad();
            session.ClearPin();
            var entry = FlowScreen.For(FlowState.PinEntry) with
            {
                Phone = phone,
                TriesLeft = left, LastTry = left == 1, PadLayout = layout, PadNonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), ErrorCode = error, ErrorMessage = error is null ? null : FlowErrors.Message(error),
            };
            screen.Show(entry);
            bool relayout = false;
            while (true)
            {
                var input = await screen.WaitInputAsync(i => i is PadKey or PadBackspace or PadSubmit or ChooseMethod or UseAccessibleMode, ct).ConfigureAwait(false);
                // the pad is laid out again, fixed, and the digits typed so far are dropped with the old layout
                if (input is UseAccessibleMode)
                {
                    relayout = true;
                    break;
                }
                if (input is ChooseMethod)
                {
                    session.ClearPin();
                    return Outcome.Back;
                }
                if (input is PadKey { Position: >= 0 and < 10 } key) session.AddPinDigit(layout[key.Position]);
                else if (input is PadBackspace) session.RemovePinDigit();
                else if (input is PadSubmit && session.PinDigits == PatientSession.PinLength) break;
                screen.Show(entry with { DigitsEntered = session.PinDigits });
            }
            if (relayout) continue;

            VerifyResult result;
            using (var pin = CardSecret.Digits(session.Pin, JpkiApplication.AuthenticationPinLength))
            {
                session.ClearPin();
                result = jpki.VerifyAuthenticationPin(pin);
            }
            if (result.IsVerified) return Outcome.Verified;
            if (result.Outcome == VerifyOutcome.Blocked) return Outcome.Blocked;
            tries = RetryStatus.Tries(result.RetriesRemaining);
            error = FlowErrors.PinWrong;
        }
    }

    /// <summary>Digits 0–9 in a CSPRNG Fisher–Yates order.</summary>
    private static int[] ShuffledPad()
    {
        int[] digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        for (int i = digits.Length - 1; i > 0; i--)
        {
            int j = RandomNumberGenerator.GetInt32(i + 1);
            (digits[i], digits[j]) = (digits[j], digits[i]);
        }
        return digits;
    }
}
