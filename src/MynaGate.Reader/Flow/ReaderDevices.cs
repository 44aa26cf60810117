using System.Security.Cryptography;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Certificates;
using MynaGate.Reader.Cards;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Flow;

/// <summary>
/// The reader unit's hardware and engines: the card slot, both cameras (opened per session), the face engine and the
/// card-face OCR, the paper-certificate OCR (公費 paper mode, on the card camera); and the root key that must have certified a card's card-face AP (J-LIS's on a real unit, the test
/// authority's with virtual cards); and, when there is one, the second PC/SC reader for smartphones.
/// </summary>
public sealed record ReaderDevices(
    ICardSlot Slot,
    Func<IFrameSource> CardCamera,
    Func<IFrameSource> FaceCamera,
    FaceEngine Faces,
    CardFaceFrameReader CardFaceReader,
    CertificateReader CertificateReader,
    RSAParameters CardFaceRoot)
{
    /// <summary>The 汎用カードリーダー smartphones are held over (R32); null when the unit has none.</summary>
    public ICardSlot? PhoneSlot { get; init; }

    /// <summary>Tells a card's back from its front on the card camera (R37); null to not tell.</summary>
    public CardSideCheck? CardSide { get; init; }
}
