using System.Drawing;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// Draws the back of a My Number Card on the card canvas, as a card laid back up shows it: the 個人番号 block, 氏名 and
/// 生年月日 labels with their values, the 臓器提供 panel and the chip's contact-free side — and no photo.
/// </summary>
public sealed class CardBackRenderer(SyntheticFonts fonts)
{
    private static readonly Color Ink = Color.FromArgb(30, 30, 35);
    private static readonly Color Label = Color.FromArgb(90, 90, 100);

    public VisionImage Render(Persona persona, int seed)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var random = new Random(seed);
        var font = fonts[random.Next(fonts.Count)];
        var card = Shapes.Solid(CardFaceLayout.Width, CardFaceLayout.Height, Color.FromArgb(236 + random.Next(12), 232 + random.Next(16), 228 + random.Next(20)));
        try
        {
            int dx = random.Next(-12, 13), dy = random.Next(-12, 13);
            card.DrawText(font, "個人番号", new Point(40 + dx, 80 + dy), 24, Label);
            string number = persona.MyNumber;
            card.DrawText(font, $"{number[..4]} {number[4..8]} {number[8..]}", new Point(40 + dx, 150 + dy), 56, Ink);
            card.DrawText(font, "氏名", new Point(40 + dx, 230 + dy), 20, Label);
            card.DrawText(font, persona.Name, new Point(110 + dx, 235 + dy), 30, Ink);
            card.DrawText(font, "生年月日", new Point(40 + dx, 290 + dy), 20, Label);
            card.DrawText(font, $"{persona.BirthDate:yyyy.MM.dd}", new Point(150 + dx, 295 + dy), 30, Ink);
            // the 臓器提供意思表示 panel: boxes and small print
            var panel = new Rectangle(40 + dx, 360 + dy, 600, 220);
            card.FillPolygon([new PointF(panel.Left, panel.Top), new PointF(panel.Right, panel.Top), new PointF(panel.Right, panel.Bottom), new PointF(panel.Left, panel.Bottom)], Color.FromArgb(250, 250, 250));
            for (int line = 0; line < 5; line++)
                card.DrawText(font, "臓器提供に関する意思を記入する場合は該当する番号を○で囲んでください", new Point(panel.Left + 12, panel.Top + 36 + (line * 40)), 16, Label);
            return card;
        }
        catch
        {
            card.Dispose();
            throw;
        }
    }
}
