using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// The last confirmation of a date line: Tesseract's English model reads each run of digits PP-OCR found, cut out where
/// PP-OCR read it, and must give the same digits. Tesseract's Japanese models read some light faces' 0 as 9 beside 年
/// and 月 on a whole line; alone, its English model reads the digits right. The crops come from PP-OCR's positions, the
/// digits from Tesseract alone, so a digit PP-OCR misread is still refused.
/// </summary>
internal static class DigitGroups
{
    private const string Digits = "0123456789";

    // a run is cut between the centres of its outer digits and of their neighbours, nearer the neighbour: a kanji is
    // about twice a digit's width, so 0.65 of the way from the kanji's centre is near where the digit begins
    private const float Toward = 0.65f;

    // at a line's end, with no neighbour, this share of the line's height either side of the digit's centre
    private const double EndMargin = 0.3;

    /// <summary>The lowest Tesseract confidence over the runs when every run reads the same; null otherwise.</summary>
    public static float? Confirm(LineReadings lines, Rectangle line, PaddleLine first, TesseractPool pool)
    {
        var card = lines.Card;
        var bounds = DocumentImage.LineBounds(card, line);
        float endMargin = (float)(EndMargin * line.Height / bounds.Width);
        var at = first.Positions;
        using var lease = pool.Rent(OcrModels.English);
        float lowest = float.MaxValue;
        string text = first.Text;
        for (int start = 0; start < text.Length; start++)
        {
            if (!char.IsAsciiDigit(text[start])) continue;
            int end = start;
            while (end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])) end++;
            float from = start > 0 ? at[start - 1] + (Toward * (at[start] - at[start - 1])) : at[start] - endMargin;
            float to = end + 1 < at.Length ? at[end + 1] - (Toward * (at[end + 1] - at[end])) : at[end] + endMargin;
            int left = bounds.X + (int)(from * bounds.Width);
            int right = bounds.X + (int)Math.Ceiling(to * bounds.Width);
            var box = Rectangle.Intersect(Rectangle.FromLTRB(left, bounds.Y, right, bounds.Bottom), bounds);
            using var crop = card.Crop(box);
            var read = lease.Engine.Read(crop, PageSegmentation.SingleLine, Digits);
            if (!read.Text.AsSpan().SequenceEqual(text.AsSpan(start, end - start + 1))) return null;
            lowest = Math.Min(lowest, read.MinConfidence);
            start = end;
        }

        return lowest == float.MaxValue ? null : lowest;
    }
}
