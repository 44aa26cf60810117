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
    /// <summary>
    /// The 汎用カードリーダー smartphones are held over (R32); null when the unit has none. It may be the card slot itself
    /// (R42, the 2025 reader specification): then a token is told to be a phone or a card by what it answers.
    /// </summary>
    public ICardSlot? PhoneSlot { get; init; }

    /// <summary>Phones are laid on the card slot itself (R42).</summary>
    public bool PhonesOnCardSlot => PhoneSlot is not null && ReferenceEquals(PhoneSlot, Slot);
}
