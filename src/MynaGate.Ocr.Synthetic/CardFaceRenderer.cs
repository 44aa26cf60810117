using System.Drawing;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// Draws the front of a My Number Card for a persona on the canonical card canvas: title, 氏名, 住所 on one to three
/// lines, 生年月日 (和暦, or 西暦 on a foreign resident's card) with 性別 on its line, the expiry in 西暦
/// ("YYYY年M月D日まで有効"), the 電子証明書 expiry line, the photo and the security code under it. The arrangement is
/// drawn afresh for every seed within a <see cref="CardFaceLayoutFamily"/> (<see cref="CardFaceDesign"/>), on a card
/// of random tint and printed pattern, so a reader cannot rely on pixels, gaps or sizes.
/// </summary>
public sealed class CardFaceRenderer
{
    private static readonly Color Ink = Color.FromArgb(30, 30, 35);
    private static readonly Color Label = Color.FromArgb(90, 90, 100);

    // the lowest a row may reach before the 臓器提供 line at the card's foot
    private const int LastRowBottom = CardFaceLayout.Height - 70;

    private readonly SyntheticFonts _fonts;

    public CardFaceRenderer(SyntheticFonts fonts) => _fonts = fonts;

    /// <summary>The card face of <paramref name="persona"/> in a tuning family picked by the seed; <paramref name="photo"/>
    /// (any size, grey or colour) is placed in the photo box, or a neutral silhouette when null.</summary>
    public VisionImage Render(Persona persona, VisionImage? photo, int seed) =>
        Render(persona, photo, seed, null, CardFaceLayoutFamilies.Tuning[new Random(seed).Next(CardFaceLayoutFamilies.Tuning.Length)]);

    /// <summary>The card face in the font <paramref name="fontChoice"/> (an index into the fonts; null to pick by the
    /// seed), arranged in <paramref name="family"/>; <paramref name="foreignResident"/> prints the birth date in 西暦.</summary>
    public VisionImage Render(Persona persona, VisionImage? photo, int seed, int? fontChoice, CardFaceLayoutFamily family, bool foreignResident = false)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var random = new Random(seed);
        int seededFont = random.Next(_fonts.Count);
        var font = _fonts[fontChoice ?? seededFont];
        var design = CardFaceDesign.Draw(family, random);
        var card = Canvas(random);
        try
        {
            string birth = foreignResident
                ? $"{persona.BirthDate.Year}年{PrintedText.Pad(persona.BirthDate.Month, random)}月{PrintedText.Pad(persona.BirthDate.Day, random)}日生"
                : $"{PrintedText.EraDate(persona.BirthDate, random)}生";
            var expiry = persona.CardExpiry;
            string expiryText = $"{expiry.Year}年{PrintedText.Pad(expiry.Month, random)}月{PrintedText.Pad(expiry.Day, random)}日まで有効";
            var certificateExpiry = expiry.AddYears(-random.Next(0, 6));
            string certificateText = $"電子証明書の有効期限 {certificateExpiry.Year}年{certificateExpiry.Month}月{certificateExpiry.Day}日";

            // rows that do not fit above the card's foot are drawn closer: less gap, then fewer address lines
            var rows = Layout(design, font, persona, birth);
            while (rows.Bottom > LastRowBottom && (design.LineGap > 2 || design.AddressLines > 1))
            {
                design = design.LineGap > 2 ? design with { LineGap = design.LineGap / 2 } : design with { AddressLines = design.AddressLines - 1 };
                rows = Layout(design, font, persona, birth);
            }

            Text(card, font, "個人番号カード", new Point(design.Left, design.TitleBaseline), design.TitleSize, Ink);
            foreach (var (text, at, size, colour) in rows.Items)
            {
                Text(card, font, text, at, size, colour);
            }

            var (width, ascent, _) = font.Measure(expiryText, design.TextSize);
            if (design.ExpiryBox is { } box)
            {
                card.FillPolygon(Box(design.ValueLeft - 10, rows.ExpiryBaseline - ascent - 10, width + 20, ascent + 22), box);
            }

            Text(card, font, expiryText, new Point(design.ValueLeft, rows.ExpiryBaseline), design.TextSize, Ink);
            Text(card, font, certificateText, new Point(design.Left, rows.ExpiryBaseline + design.LabelSize + design.LineGap + 16), design.LabelSize, Label);
            Text(card, font, "臓器提供意思 裏面に記載できます", new Point(design.Left, CardFaceLayout.Height - random.Next(30, 56)), 18, Label);

            PlacePhoto(card, photo, design.Photo);
            var codeSize = font.Measure(persona.SecurityCode, design.CodeSize);
            int codeX = design.Photo.X + (int)(design.CodeAlign * (design.Photo.Width - codeSize.Width));
            Text(card, font, persona.SecurityCode, new Point(codeX, design.Photo.Bottom + design.CodeGap + codeSize.Ascent), design.CodeSize, Ink);
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

    private sealed record Rows(List<(string Text, Point At, int Size, Color Colour)> Items, int ExpiryBaseline, int Bottom);

    // the rows from the name to the expiry, top to bottom, each a label (beside or above) and its value
    private static Rows Layout(CardFaceDesign design, TextFont font, Persona persona, string birth)
    {
        var items = new List<(string, Point, int, Color)>();
        int y = design.TitleBaseline + design.LineGap;
        int Row(string? label, int size)
        {
            if (label is not null && design.LabelsAbove)
            {
                y += design.LabelSize + 4;
                items.Add((label, new Point(design.Left, y), design.LabelSize, Label));
                y += 6;
            }

            y += size;
            if (label is not null && !design.LabelsAbove)
                items.Add((label, new Point(design.Left, y - ((size - design.LabelSize) / 2)), design.LabelSize, Label));
            int baseline = y;
            y += design.LineGap;
            return baseline;
        }

        int nameBaseline = Row("氏名", design.NameSize);
        items.Add((persona.Name, new Point(design.ValueLeft, nameBaseline), design.NameSize, Ink));
        int maxWidth = Math.Min(design.AddressWidth, design.Photo.X - design.ValueLeft - 20);
        var address = AddressLines(font, persona.Address, design.AddressLines, maxWidth, design.TextSize - 2);
        for (int i = 0; i < address.Count; i++)
        {
            int baseline = Row(i == 0 ? "住所" : null, design.TextSize - 2);
            items.Add((address[i], new Point(design.ValueLeft, baseline), design.TextSize - 2, Ink));
        }

        int birthBaseline = Row(design.LabelsAbove ? "生年月日" : null, design.TextSize);
        items.Add((birth, new Point(design.ValueLeft, birthBaseline), design.TextSize, Ink));
        int sexX = Math.Min(design.ValueLeft + font.Measure(birth, design.TextSize).Width + design.SexGap, design.Photo.X - (3 * design.TextSize));
        if (design.SexLabel)
        {
            items.Add(("性別", new Point(sexX, birthBaseline), design.LabelSize, Label));
            sexX += font.Measure("性別", design.LabelSize).Width + (design.TextSize / 3);
        }

        items.Add((persona.Sex == Sex.Female ? "女" : "男", new Point(sexX, birthBaseline), design.TextSize, Ink));
        int expiryBaseline = Row(null, design.TextSize) + 8;
        return new Rows(items, expiryBaseline, expiryBaseline + (2 * design.LabelSize) + design.LineGap + 16);
    }

    // the address in at most `lines` lines of at most maxWidth; the last line takes what is left
    private static List<string> AddressLines(TextFont font, string address, int lines, int maxWidth, int size)
    {
        var result = new List<string>();
        string rest = address;
        int perLine = Math.Max(1, (int)Math.Ceiling(address.Length / (double)lines));
        while (rest.Length > 0 && result.Count < lines - 1)
        {
            int split = Math.Min(perLine, rest.Length);
            while (split > 1 && font.Measure(rest[..split], size).Width > maxWidth) split--;
            result.Add(rest[..split]);
            rest = rest[split..];
        }

        if (rest.Length > 0) result.Add(rest);
        return result;
    }

    // a pale card of random tint, with the printed security pattern: faint bands at a random pitch and slant, and on
    // some cards fine waves over them
    private static VisionImage Canvas(Random random)
    {
        int b = 215 + random.Next(35), g = 220 + random.Next(30), r = 225 + random.Next(25);
        var card = Shapes.Solid(CardFaceLayout.Width, CardFaceLayout.Height, Color.FromArgb(r, g, b));
        var tint = Color.FromArgb(r - random.Next(6, 20), g - random.Next(3, 14), b - random.Next(0, 8));
        int pitch = random.Next(30, 90), band = random.Next(6, Math.Max(7, pitch / 2));
        int slant = random.Next(2) == 0 ? CardFaceLayout.Height : -CardFaceLayout.Height;
        for (int x = -CardFaceLayout.Height; x < CardFaceLayout.Width + CardFaceLayout.Height; x += pitch)
        {
            card.FillPolygon([new PointF(x, 0), new PointF(x + band, 0), new PointF(x + band + slant, CardFaceLayout.Height), new PointF(x + slant, CardFaceLayout.Height)], tint);
        }

        if (random.Next(2) == 0)
        {
            var wave = Color.FromArgb(r - random.Next(10, 25), g - random.Next(5, 20), b - random.Next(0, 15));
            double period = random.Next(40, 120), amplitude = random.Next(4, 16);
            for (int row = random.Next(10, 30); row < CardFaceLayout.Height; row += random.Next(18, 40))
            {
                var points = new List<PointF>();
                for (int x = 0; x <= CardFaceLayout.Width; x += 10) points.Add(new PointF(x, (float)(row + (amplitude * Math.Sin(x / period * 2 * Math.PI)))));
                for (int x = CardFaceLayout.Width; x >= 0; x -= 10) points.Add(new PointF(x, (float)(row + 1.5 + (amplitude * Math.Sin(x / period * 2 * Math.PI)))));
                card.FillPolygon([.. points], wave);
            }
        }

        return card;
    }

    private static void Text(VisionImage card, TextFont font, string text, Point baseline, int height, Color colour) =>
        card.DrawText(font, text, baseline, height, colour);

    private static PointF[] Box(int x, int y, int width, int height) =>
        [new PointF(x, y), new PointF(x + width, y), new PointF(x + width, y + height), new PointF(x, y + height)];

    private static void PlacePhoto(VisionImage card, VisionImage? photo, Rectangle box)
    {
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
