using MynaGate.Ocr.CardFace;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Flow;

/// <summary>The card face read by OCR from the card camera's frames.</summary>
/// <param name="side">Tells a card's back from its front (R37); null to not tell.</param>
public sealed class CameraCardFaceReader(CardFaceFrameReader reader, Func<IFrameSource> camera, CardSideCheck? side) : ICardFaceReader
{
    public ICardFaceReading Start(int remainingTries, DateOnly? chipExpiry, DateOnly today, CancellationToken sessionEnded) =>
        CardFaceReading.Start(new VerificationCodeBReader(reader, remainingTries, chipExpiry, today), camera, side, sessionEnded);
}
