using MynaGate.Ocr.CardFace;

namespace MynaGate.Reader.Flow;

/// <summary>
/// Reading 照合番号B's fields off the card face (R04), started when the card is placed and run in the background.
/// <see cref="CameraCardFaceReader"/> runs the OCR on the card camera; flow tests decide in process.
/// </summary>
public interface ICardFaceReader
{
    /// <param name="remainingTries">The card-face AP's tries left: the fewer, the surer the reading must be.</param>
    /// <param name="chipExpiry">The card's expiry as its chip holds it, which the printed one must agree with.</param>
    ICardFaceReading Start(int remainingTries, DateOnly? chipExpiry, DateOnly today, CancellationToken sessionEnded);
}

/// <summary>A reading under way. Disposing stops it, waits for it and overwrites the fields read.</summary>
public interface ICardFaceReading : IAsyncDisposable
{
    /// <summary>The reader's decision; an abstention when it could not read the fields.</summary>
    Task<VerificationCodeBOutcome> Result { get; }
}
