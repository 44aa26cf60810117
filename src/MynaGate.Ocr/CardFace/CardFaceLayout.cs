using System.Drawing;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// The card front after rectification: an ID-1 card (85.60 × 53.98 mm) at about 300 dpi, and where its fields
/// usually stand. The positions only order the reader's search: it finds every text line and takes a field by what
/// the line says (an era date and 生, four digits), so a card laid out otherwise is still read.
/// </summary>
public static class CardFaceLayout
{
    public const int Width = 1000;
    public const int Height = 631;

    /// <summary>The photo, top right.</summary>
    public static readonly Rectangle Photo = new(730, 100, 235, 295);

    /// <summary>Expected vertical centre of the birth-date line.</summary>
    public const int BirthLineY = 290;

    /// <summary>Expected vertical centre of the security-code line.</summary>
    public const int SecurityCodeLineY = 445;
}
