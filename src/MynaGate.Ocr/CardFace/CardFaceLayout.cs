using System.Drawing;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// The card front after rectification: an ID-1 card (85.60 × 53.98 mm) at about 300 dpi, and where its fields are
/// expected. The positions are priors — the reader searches text lines and confirms each field by its text anchor
/// (生, まで有効), so a card printed a little differently is still read.
/// </summary>
public static class CardFaceLayout
{
    public const int Width = 1000;
    public const int Height = 631;

    /// <summary>Name, address, birth date, sex and expiry are printed in the left part of the card.</summary>
    public static readonly Rectangle TextColumn = new(10, 40, 680, 560);

    /// <summary>The photo, top right.</summary>
    public static readonly Rectangle Photo = new(730, 100, 235, 295);

    /// <summary>The 4-digit security code is printed under the photo.</summary>
    public static readonly Rectangle SecurityCodeArea = new(690, 400, 300, 200);

    /// <summary>Expected vertical centre of the birth-date line.</summary>
    public const int BirthLineY = 290;

    /// <summary>Expected vertical centre of the expiry line.</summary>
    public const int ExpiryLineY = 375;

    /// <summary>Expected vertical centre of the security-code line.</summary>
    public const int SecurityCodeLineY = 445;

    /// <summary>Typical printed text height (pixels) of the fields on the canonical card.</summary>
    public const int FieldTextHeight = 30;
}
