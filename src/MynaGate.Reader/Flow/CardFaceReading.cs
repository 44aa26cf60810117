using MynaGate.Ocr.CardFace;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Flow;

/// <summary>
/// 照合番号B being read off the card face in the background, from card placement on, so the OCR (about a second of
/// CPU) overlaps the patient's choice of method instead of adding to the face path. Disposing stops the camera and
/// the OCR, waits for them, and overwrites the fields read (birth date, expiry, security code).
/// </summary>
internal sealed class CardFaceReading : ICardFaceReading
{
    private const int BackFrames = 2;

    private readonly CancellationTokenSource _stop;
    private readonly VerificationCodeBReader _codeReader;

    private CardFaceReading(CancellationTokenSource stop, VerificationCodeBReader codeReader, Task<VerificationCodeBOutcome> result)
    {
        _stop = stop;
        _codeReader = codeReader;
        Result = result;
    }

    /// <summary>The reader's decision; an abstention (NoCard) when the camera ran out of frames.</summary>
    public Task<VerificationCodeBOutcome> Result { get; }

    /// <param name="side">Tells a card's back from its front when a frame shows no date lines (R37); null to not tell.</param>
    public static CardFaceReading Start(VerificationCodeBReader codeReader, Func<IFrameSource> camera, CardSideCheck? side, CancellationToken sessionEnded)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(sessionEnded);
        var token = stop.Token;
        return new CardFaceReading(stop, codeReader, Task.Run(async () =>
        {
            using var frames = camera();
            int backs = 0;
            while (codeReader.Outcome is not { Ready: true })
            {
                using var frame = await frames.NextFrameAsync(token).ConfigureAwait(false);
                if (frame is null) return new VerificationCodeBOutcome(null, CardFaceIssue.NoCard, 0);
                var read = codeReader.Offer(frame);
                // no date line found: is it the back? Two frames must say so, so a glare over a front's photo does not
                if (read.Issue is CardFaceIssue.NoBirthDate or CardFaceIssue.NoExpiry && side?.ShowsFront(frame) == false && ++backs >= BackFrames)
                    return new VerificationCodeBOutcome(null, CardFaceIssue.BackShown, codeReader.FramesRead);
                if (codeReader.Outcome is { } gaveUp) return gaveUp;
            }
            return codeReader.Outcome;
        }, token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await ((Task)Result).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _codeReader.Clear();
        _stop.Dispose();
    }
}
