using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// Which side of a card lies on the tray, by the one thing every front has and no back: the holder's photo (R37). The
/// card is rectified and searched for a face either way up; nothing printed on it is read (the back carries the
/// 個人番号, which a reader must not read). Its own YuNet detector, so it never waits for the face engine's; one frame
/// at a time.
/// </summary>
public sealed class CardSideCheck(FaceDetector detector) : IDisposable
{
    private readonly Lock _gate = new();

    /// <summary>True for a front, false for a card with no face on it (its back); null when no whole card is in view.</summary>
    public bool? ShowsFront(VisionImage frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (quad, _) = CardOutline.Find(frame, CardFaceReadingOptions.Default.MinCardArea);
        if (quad is null) return null;
        lock (_gate)
        {
            // the card turned is made only when the card as it lies shows no face
            return HasFace(quad.Corners) || HasFace(DocumentImage.TurnedHalfway(quad.Corners));
        }

        bool HasFace(System.Drawing.PointF[] corners)
        {
            using var card = DocumentImage.Rectify(frame, corners, CardFaceLayout.Width, CardFaceLayout.Height);
            return detector.Detect(card).Count > 0;
        }
    }

    public void Dispose() => detector.Dispose();
}
