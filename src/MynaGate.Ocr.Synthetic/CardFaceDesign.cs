using System.Drawing;
using MynaGate.Ocr.CardFace;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// One card front's arrangement, drawn at random within its <see cref="CardFaceLayoutFamily"/> and within what an
/// issued card allows (ID-1 at about 300 dpi: field type 2–3.5 mm high, the photo top right, the code under it).
/// </summary>
internal sealed record CardFaceDesign
{
    public required int Left { get; init; }          // x of the labels
    public required int ValueLeft { get; init; }     // x of the values
    public required int TitleBaseline { get; init; }
    public required int TitleSize { get; init; }
    public required int NameSize { get; init; }
    public required int LabelSize { get; init; }
    public required int TextSize { get; init; }
    public required int LineGap { get; init; }       // between a row's baseline and the next row's top
    public required bool LabelsAbove { get; init; }
    public required int AddressLines { get; init; }
    public required int AddressWidth { get; init; }
    public required int SexGap { get; init; }        // from the end of the birth date to the sex (or its label)
    public required bool SexLabel { get; init; }
    public required Color? ExpiryBox { get; init; }
    public required Rectangle Photo { get; init; }
    public required int CodeSize { get; init; }
    public required int CodeGap { get; init; }       // photo bottom to the code's top
    public required float CodeAlign { get; init; }   // 0 the photo's left edge, 0.5 centred, 1 its right edge

    public static CardFaceDesign Draw(CardFaceLayoutFamily family, Random random)
    {
        int Between(int low, int high) => random.Next(low, high + 1);
        int text = family switch
        {
            CardFaceLayoutFamily.Tight => Between(24, 28),
            CardFaceLayoutFamily.Airy => Between(31, 36),
            _ => Between(26, 33),
        };
        int photoWidth = family == CardFaceLayoutFamily.Offset ? Between(190, 215) : Between(215, 250);
        int photoHeight = photoWidth * 5 / 4;
        int photoX = CardFaceLayout.Width - photoWidth - Between(25, 60);
        int photoY = family == CardFaceLayoutFamily.Offset ? Between(130, 160) : Between(70, 130);
        int left = family == CardFaceLayoutFamily.Offset ? Between(50, 80) : Between(18, 45);
        bool above = family == CardFaceLayoutFamily.Stacked;
        return new CardFaceDesign
        {
            Left = left,
            ValueLeft = above ? left + Between(0, 15) : left + Between(60, 100),
            TitleBaseline = Between(45, 75) + (family == CardFaceLayoutFamily.Offset ? 20 : 0),
            TitleSize = Between(22, 30),
            NameSize = text + Between(6, 14),
            LabelSize = Between(15, 22),
            TextSize = text,
            LineGap = family switch
            {
                CardFaceLayoutFamily.Tight => Between(6, 12),
                CardFaceLayoutFamily.Airy => Between(22, 36),
                _ => Between(12, 28),
            },
            LabelsAbove = above,
            AddressLines = Between(1, 3),
            AddressWidth = Between(420, photoX - left - 110),
            SexGap = family switch
            {
                CardFaceLayoutFamily.Tight => Between(text / 3, text),
                CardFaceLayoutFamily.Airy => Between(3 * text, 5 * text),
                CardFaceLayoutFamily.Stacked => Between(text / 3, 2 * text),
                _ => Between(text / 2, 4 * text),
            },
            SexLabel = family != CardFaceLayoutFamily.Stacked,
            ExpiryBox = family switch
            {
                CardFaceLayoutFamily.Tight => null,
                CardFaceLayoutFamily.Offset => Color.FromArgb(Between(235, 250), Between(225, 245), Between(200, 235)),
                _ => random.Next(4) == 0 ? null : Color.FromArgb(250, 250, 250),
            },
            Photo = new Rectangle(photoX, photoY, photoWidth, photoHeight),
            CodeSize = Between(24, 34),
            CodeGap = Between(12, 45),
            CodeAlign = family switch
            {
                CardFaceLayoutFamily.Stacked => 1f,
                CardFaceLayoutFamily.Offset => 0f,
                _ => (float)(0.3 + (random.NextDouble() * 0.4)),
            },
        };
    }
}
