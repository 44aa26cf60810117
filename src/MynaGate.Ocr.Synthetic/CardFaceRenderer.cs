using System.Drawing;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// Draws the front of a My Number Card for a persona on the canonical card canvas: title, 氏名, 住所, 生年月日 in 和暦
/// with 性別, the expiry in 西暦 ("YYYY年M月D日まで有効"), the 電子証明書 expiry line, the photo and the security
/// code. Positions, type size and font vary with the seed (within what a card printer would produce), so the reader
/// cannot rely on fixed pixels; a <see cref="CardFaceLayoutVariant"/> moves the whole block further.
/// </summary>
public sealed class CardFaceRenderer
{
    private static readonly Color Ink = Color.FromArgb(30, 30, 35);
    private static readonly Color Label = Color.FromArgb(90, 90, 100);

    private readonly SyntheticFonts _fonts;

    public CardFaceRenderer(SyntheticFonts fonts) => _fonts = fonts;

    /// <summary>The card face of <paramref name="persona"/>; <paramref name="photo"/> (any size, grey or colour) is
    /// placed in the photo box, or a neutral silhouette when null.</summary>
    public VisionImage Render(Persona persona, VisionImage? photo, int seed) => Render(persona, photo, seed, null, CardFaceLayoutVariant.Standard);

    /// <summary>The card face in the font <paramref name="fontChoice"/> (an index into the fonts; null to pick by the
    /// seed) laid out as <paramref name="layout"/>. The seed draws the same jitter whatever the font and layout.</summary>
    public VisionImage Render(Persona persona, VisionImage? photo, int seed, int? fontChoice, CardFaceLayoutVariant layout)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var random = new Random(seed);
        int seededFont = random.Next(_fonts.Count);
        var font = _fonts[fontChoice ?? seededFont];
        var card = Canvas(random);
        try
        {
            var (shiftY, grow, codeDx) = layout switch
            {
                CardFaceLayoutVariant.Compact => (-14, -3, -20),
                CardFaceLayoutVariant.Spacious => (22, 4, 15),
                _ => (0, 0, 0),
            };
            int dx = random.Next(-12, 13), dy = random.Next(-12, 13) + shiftY;
            int size = CardFaceLayout.FieldTextHeight + random.Next(-3, 4) + grow;
            int left = 100 + dx;

            Text(card, font, "個人番号カード", new Point(30 + dx, 62 + dy), 26, Ink);
            Text(card, font, "氏名", new Point(30 + dx, 135 + dy), 20, Label);
            Text(card, font, persona.Name, new Point(left, 140 + dy), 40, Ink);
            Text(card, font, "住所", new Point(30 + dx, 195 + dy), 20, Label);
            AddressLines(card, font, persona.Address, left, 200 + dy, size - 4);

            string birth = $"{PrintedText.EraDate(persona.BirthDate, random)}生";
            int birthBaseline = CardFaceLayout.BirthLineY + (size / 2) + dy;
            Text(card, font, birth, new Point(left, birthBaseline), size, Ink);
            int sexDx = layout == CardFaceLayoutVariant.Spacious ? 40 : 0;
            Text(card, font, "性別", new Point(470 + dx + sexDx, birthBaseline), 20, Label);
            Text(card, font, persona.Sex == Sex.Female ? "女" : "男", new Point(525 + dx + sexDx, birthBaseline), size, Ink);

            var expiry = persona.CardExpiry;
            int expiryBaseline = CardFaceLayout.ExpiryLineY + (size / 2) + dy;
            string expiryText = $"{expiry.Year}年{PrintedText.Pad(expiry.Month, random)}月{PrintedText.Pad(expiry.Day, random)}日まで有効";
            var (width, ascent, _) = font.Measure(expiryText, size);
            if (layout != CardFaceLayoutVariant.Compact)
            {
                card.FillPolygon(Box(left - 10, expiryBaseline - ascent - 10, width + 20, ascent + 22), Color.FromArgb(250, 250, 250));
            }

            Text(card, font, expiryText, new Point(left, expiryBaseline), size, Ink);
            var certificateExpiry = expiry.AddYears(-random.Next(0, 6));
            Text(card, font, $"電子証明書の有効期限 {certificateExpiry.Year}年{certificateExpiry.Month}月{certificateExpiry.Day}日",
                new Point(30 + dx, 470 + dy), 20, Label);
            Text(card, font, "臓器提供意思 裏面に記載できます", new Point(30 + dx, 560 + dy), 18, Label);

            PlacePhoto(card, photo, dx, dy);
            Text(card, font, persona.SecurityCode, new Point(800 + dx + codeDx, CardFaceLayout.SecurityCodeLineY + 14 + dy), 28 + grow, Ink);
            return card;
        }
        catch
        {
            card.Dispose();
            throw;
        }
    }

    /// <summary>The fields as drawn, for scoring a reader.</summary>
    public static CardFaceTruth Truth(Persona persona) =>
        new(persona.BirthDate, persona.CardExpiry, persona.SecurityCode);

    private static VisionImage Canvas(Random random)
    {
        int b = 228 + random.Next(20), g = 232 + random.Next(16), r = 236 + random.Next(12);
        var card = Shapes.Solid(CardFaceLayout.Width, CardFaceLayout.Height, Color.FromArgb(r, g, b));
        // the printed security pattern: faint diagonal bands
        var tint = Color.FromArgb(r - 14, g - 8, b - 2);
        for (int x = -CardFaceLayout.Height; x < CardFaceLayout.Width; x += 60)
        {
            card.FillPolygon([new PointF(x, 0), new PointF(x + 18, 0), new PointF(x + 18 + CardFaceLayout.Height, CardFaceLayout.Height), new PointF(x + CardFaceLayout.Height, CardFaceLayout.Height)], tint);
        }

        return card;
    }

    private static void Text(VisionImage card, TextFont font, string text, Point baseline, int height, Color colour) =>
        card.DrawText(font, text, baseline, height, colour);

    private static void AddressLines(VisionImage card, TextFont font, string address, int left, int baseline, int size)
    {
        const int maxWidth = 580;
        int split = address.Length;
        while (split > 1 && font.Measure(address[..split], size).Width > maxWidth)
        {
            split--;
        }

        Text(card, font, address[..split], new Point(left, baseline), size, Ink);
        if (split < address.Length)
        {
            Text(card, font, address[split..], new Point(left, baseline + size + 8), size, Ink);
        }
    }

    private static PointF[] Box(int x, int y, int width, int height) =>
        [new PointF(x, y), new PointF(x + width, y), new PointF(x + width, y + height), new PointF(x, y + height)];

    private static void PlacePhoto(VisionImage card, VisionImage? photo, int dx, int dy)
    {
        var box = CardFaceLayout.Photo;
        box.Offset(dx, dy);
        if (photo is null)
        {
            card.FillPolygon(Box(box.X, box.Y, box.Width, box.Height), Color.FromArgb(200, 204, 210));
            card.FillPolygon(Shapes.Ellipse(box.X + (box.Width / 2), box.Y + (box.Height * 2 / 5), box.Width / 4, box.Height / 5), Color.FromArgb(120, 120, 128));
            card.FillPolygon(Shapes.Ellipse(box.X + (box.Width / 2), box.Y + box.Height, box.Width / 2, box.Height / 3).Select(p => new PointF(p.X, Math.Min(p.Y, box.Bottom))).ToArray(), Color.FromArgb(120, 120, 128));
            return;
        }

        using var colour = photo.Channels == 3 ? photo.Resize(box.Width, box.Height) : ResizeToBgr(photo, box.Width, box.Height);
        double[] shift = VisionImage.PerspectiveTransform(
            [new PointF(0, 0), new PointF(box.Width, 0), new PointF(box.Width, box.Height), new PointF(0, box.Height)],
            [new PointF(box.X, box.Y), new PointF(box.Right, box.Y), new PointF(box.Right, box.Bottom), new PointF(box.X, box.Bottom)]);
        card.PasteWarped(colour, shift);
    }

    private static VisionImage ResizeToBgr(VisionImage grey, int width, int height)
    {
        using var resized = grey.Resize(width, height);
        return resized.ToBgr();
    }
}
