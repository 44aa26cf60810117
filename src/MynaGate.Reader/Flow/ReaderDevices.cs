using System.Security.Cryptography;
using MynaGate.Reader.Cards;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Flow;

/// <summary>
/// What the flow meets of the reader unit: the card slot; the card camera, watched while idle (R37); the face step on
/// the face camera; the card-face reading and, in 公費 paper mode, the paper-certificate reading (both on the card
/// camera); the root key that must have certified a card's card-face AP (J-LIS's on a real unit, the test
/// authority's with virtual cards); and, when there is one, the second PC/SC reader for smartphones.
/// </summary>
public sealed record ReaderDevices(
    ICardSlot Slot,
    Func<IFrameSource> CardCamera,
    IFaceMatching Faces,
    ICardFaceReader CardFace,
    IPaperCertificateReader Certificates,
    RSAParameters CardFaceRoot)
{
    /// <summary>The 汎用カードリーダー smartphones are held over (R32); null when the unit has none.</summary>
    public ICardSlot? PhoneSlot { get; init; }
}
