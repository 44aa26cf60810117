using System.Security.Cryptography;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Secrets;
using MynaGate.Card.Transport;
using MynaGate.Ocr.CardFace;
using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Flow;

/// <summary>
/// 顔認証 (R04–R06) and the card records it opens: the card face's 照合番号B, read since the card was placed, opens the
/// card-face and text APs; their signed records are checked; the chip photo is matched against the live face.
/// 目視確認 opens the same records when it can, so the terminal can bind what staff approved.
/// </summary>
internal sealed class FaceStep(PatientScreen screen, ReaderDevices devices, FlowOptions options, TimeProvider clock, LivePreview preview)
{
    /// <summary>
    /// Starts reading 照合番号B off the card face as soon as the card is placed. The tries and the chip's expiry are
    /// read here, on the flow's thread, because the card must not be used by two threads; the background part uses
    /// only the card camera.
    /// </summary>
    public ICardFaceReading StartCardFaceReading(MyNumberCard myna, CancellationToken ct)
    {
        var tries = myna.CardFace.GetVerificationCodeBRetries();
        int remaining = tries.State switch
        {
            RetryState.Remaining => tries.Remaining,
            RetryState.Blocked => 0,
            _ => int.MaxValue,
        };
        var chipExpiry = myna.Common?.ReadCardInfo().Expiry;
        return devices.CardFace.Start(remaining, chipExpiry, Today(), ct);
    }

    /// <summary>
    /// 顔認証: the card face's 照合番号B (read since the card was placed, abstaining rather than guessing: the card
    /// locks), one VERIFY, read and check the signed card-face record, enrol its photo, then match live frames — the
    /// first of them observed while all that was done.
    /// Returns null when the face matched, otherwise the code to show while the patient is offered the PIN.
    /// </summary>
    public async Task<string?> RunAsync(SessionRun run, MyNumberCard myna, ICardFaceReading cardFace, bool pinNotSet, CancellationToken ct)
    {
        screen.Show(FlowScreen.For(FlowState.CardFaceReading));
        // the patient who chose 顔認証 is at the camera: their frames are analysed on the other core while the card
        // face is read, rather than one after another once the chip photo is enrolled
        await using var face = devices.Faces.Start(options.LivePreview ? preview : null, ct);
        var outcome = await cardFace.Result.WaitAsync(ct).ConfigureAwait(false);
        run.Stage("card-face-ocr");
        if (!outcome.Ready)
        {
            return outcome.Issue switch
            {
                CardFaceIssue.BackShown => FlowErrors.CardBackShown,
                CardFaceIssue.GregorianBirthDate => FlowErrors.CardFaceForeignResident,
                _ => FlowErrors.CardFaceUnreadable,
            };
        }

        if (OpenCardRecords(run, myna, outcome) is { } refused) return refused;
        return await MatchFaceAsync(run, face, pinNotSet, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// One VERIFY of 照合番号B on each of the card-face and text APs, then the card's signed records, each checked:
    /// the card-face record (issuer's signature, and the card holds the key it names) and the text AP's 基本4情報
    /// (issuer's signature through the integrity record), which must name the same birth date and sex. The session
    /// keeps both; the terminal is later told their <see cref="Onshi.Contract.Assertions.IdentityBinding"/>.
    /// Returns null when both are read, otherwise the code to show; a record that does not check out ends the session.
    /// </summary>
    private string? OpenCardRecords(SessionRun run, MyNumberCard myna, VerificationCodeBOutcome outcome)
    {
        var session = run.Session;
        VerifyResult verified;
        VerifyResult? textVerified = null;
        outcome.ComposeCode(session.VerificationCode);
        try
        {
            using var code = CardSecret.Digits(session.VerificationCode, CardFaceApplication.VerificationCodeBLength);
            verified = myna.CardFace.VerifyCodeB(code);
            // the text AP counts its own tries; a code the card-face AP took is the card's own, right for it too
            if (verified.IsVerified) textVerified = myna.Text?.VerifyCodeB(code);
        }
        finally
        {
            session.VerificationCode.Clear();
        }
        // never a second VERIFY on our own: a wrong 照合番号B costs one of the card's tries
        if (!verified.IsVerified) return FlowErrors.VerificationCodeRejected;

        session.CardFace = myna.CardFace.ReadCardFace();
        // the record is signed by the key in the AP certificate, which the card carries itself: only the root's
        // signature on that certificate ties the record to the issuer, not to whoever made the card
        var apCertificate = myna.CardFace.ReadApCertificate();
        using var root = RSA.Create(devices.CardFaceRoot);
        if (!apCertificate.IsSignedBy(root) || !session.CardFace.IsSignatureValid(apCertificate.PublicKey))
            throw new FlowEndedException(FlowErrors.CardFaceForged);
        // a genuine record proves nothing about the card it sits on: the card must also hold the key the record names
        if (!myna.CardFace.ProvesCardKey(session.CardFace.CardPublicKey, RandomNumberGenerator.GetBytes(32)))
            throw new FlowEndedException(FlowErrors.CardFaceForged);

        // every genuine card has the text AP, and its 照合番号B is the card face's: a card that refuses it is not one
        if (myna.Text is not { } text || textVerified is not { IsVerified: true }) throw new FlowEndedException(FlowErrors.CardFaceForged);
        session.Identity = text.ReadIdentity();
        var integrity = text.ReadIntegrityRecord();
        var textCertificate = text.ReadApCertificate();
        if (!textCertificate.IsSignedBy(root) || !integrity.Covers(session.Identity.RecordSha256, textCertificate.PublicKey)
            || session.Identity.BirthDate != session.CardFace.BirthDate || session.Identity.Sex != session.CardFace.Sex)
            throw new FlowEndedException(FlowErrors.CardFaceForged);
        run.Stage("card-face-record");
        return null;
    }

    /// <summary>
    /// 目視確認: staff compared the patient with the card, not the card's records with its certificate. When the card
    /// face can be read, its records are opened as on the face path so the terminal can check that too; when it cannot,
    /// or its 照合番号B is refused, the check goes unbound (the terminal logs it; docs/security.md gives the risk).
    /// </summary>
    public async Task BindCardRecordsAsync(SessionRun run, MyNumberCard myna, ICardFaceReading cardFace, CancellationToken ct)
    {
        if (run.Session.Identity is not null) return;
        var outcome = await cardFace.Result.WaitAsync(ct).ConfigureAwait(false);
        if (outcome.Ready) OpenCardRecords(run, myna, outcome);
    }

    /// <summary>Enrols the chip photo and matches live frames, those observed while the card face was read first.</summary>
    /// <param name="pinNotSet">A card without a PIN: the retry screens offer 目視確認 instead of the PIN.</param>
    private async Task<string?> MatchFaceAsync(SessionRun run, IFaceMatch face, bool pinNotSet, CancellationToken ct)
    {
        // no face found in the chip photo, or the photo does not decode
        if (!await face.EnrolAsync(run.Session.CardFace!.Photo).ConfigureAwait(false)) return FlowErrors.PhotoUnusable;
        run.Stage("photo-enrol");

        var guidance = new GuidanceProgress(screen);
        bool maskPrompted = false;
        for (int attempt = 1; ; attempt++)
        {
            screen.Show(FlowScreen.For(FlowState.FaceCapture));
            var result = await face.VerifyAsync(guidance, ct).ConfigureAwait(false);
            run.Stage("face-match");
            if (result.Outcome == FaceVerificationOutcome.Matched) return null;

            if (result.Outcome == FaceVerificationOutcome.LowerMask && !maskPrompted)
            {
                // R06: ask once to lower the mask; that try does not count
                maskPrompted = true;
                attempt--;
                screen.Show(FlowScreen.For(FlowState.LowerMask) with { Guidance = QualityReason.Masked, PinAvailable = !pinNotSet });
            }
            else if (attempt < options.FaceAttempts && result.Outcome != FaceVerificationOutcome.CameraEnded)
            {
                screen.Show(FlowScreen.For(FlowState.FaceRetry) with { Guidance = result.Reason, PinAvailable = !pinNotSet });
            }
            else
            {
                return FlowErrors.FaceNotMatched;
            }

            var next = await screen.WaitInputAsync(i => i is Retry || i is ChooseMethod, ct).ConfigureAwait(false);
            if (next is ChooseMethod) return FlowErrors.FaceNotMatched;
            run.Stage("patient");
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);

    /// <summary>Live guidance from each analysed frame, shown on the capture screen (X3).</summary>
    private sealed class GuidanceProgress(PatientScreen screen) : IProgress<FrameAnalysis>
    {
        public void Report(FrameAnalysis value)
        {
            var shown = screen.Current;
            if (shown.State != FlowState.FaceCapture) return;
            var reason = value.Reasons.Count == 0 ? (QualityReason?)null : value.Reasons[0];
            if (reason != shown.Guidance) screen.Show(shown with { Guidance = reason });
        }
    }
}
