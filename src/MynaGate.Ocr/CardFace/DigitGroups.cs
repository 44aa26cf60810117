using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// The last confirmation of a date line: Tesseract's English model reads each run of digits PP-OCR found, cut out where
/// PP-OCR read it, and must give the same digits. Tesseract's Japanese models read some light faces' 0 as 9 beside 年
/// and 月 on a whole line; alone, its English model reads the digits right. The crops come from PP-OCR's positions,
/// moved to the nearest gap between glyphs (<see cref="LineInk"/>), the digits from Tesseract alone, so a digit PP-OCR
/// misread is still refused.
/// </summary>
internal static class DigitGroups
{
    private const string Digits = "0123456789";

    // a run is cut between the centres of its outer digits and of their neighbours, nearer the neighbour: a kanji is
    // about twice a digit's width, so 0.65 of the way from the kanji's centre is near where the digit begins
    private const float Toward = 0.65f;

    // at a line's end, with no neighbour, this share of the line's height either side of the digit's centre
    private const double EndMargin = 0.3;

    // a cut moves to the quietest column within this share of the line's height: about a CTC step
    private const double GapReach = 0.15;

    // Tesseract reads a digit or two cut out tight as nothing (a crisp 7 in a 15-px-wide crop): paper around the crop
    // and a crop enlarged to this height let it see a line (on 300 generated cards, whose crops are 36–52 px high:
    // engines disagreeing in 6.7 % of frames, 3.9 % so); a larger print is read as it is (enlarged, a crisp 55 at
    // 34 px read 59)
    private const double PaperAround = 0.25;
    private const int ReadHeight = 90;

    /// <summary>The lowest Tesseract confidence over the runs when every run reads the same; null otherwise.</summary>
    public static float? Confirm(LineReadings lines, Rectangle line, PaddleLine first, TesseractPool pool)
    {
        var card = lines.Card;
        var bounds = DocumentImage.LineBounds(card, line);
        float endMargin = (float)(EndMargin * line.Height / bounds.Width);
        var at = first.Positions;
        var ink = LineInk.Of(card, bounds);
        int reach = Math.Max(1, (int)(GapReach * line.Height));
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
            int left = (int)(from * bounds.Width);
            int right = (int)Math.Ceiling(to * bounds.Width);
            // a cut between a digit and its neighbour moves to the gap, never past the digit's own centre
            if (start > 0) left = ink.Quietest(left, left - reach, Math.Min(left + reach, (int)(at[start] * bounds.Width) - 1));
            if (end + 1 < at.Length) right = ink.Quietest(right, Math.Max(right - reach, (int)(at[end] * bounds.Width) + 1), right + reach);
            var box = Rectangle.Intersect(Rectangle.FromLTRB(bounds.X + left, bounds.Y, bounds.X + right, bounds.Bottom), bounds);
            if (box.Width <= 0) return null;
            using var crop = card.Crop(box);
            var read = ReadRun(crop, lease.Engine, end - start + 1);
            if (!read.Text.AsSpan().SequenceEqual(text.AsSpan(start, end - start + 1))) return null;
            lowest = Math.Min(lowest, read.MinConfidence);
            start = end;
        }

        return lowest == float.MaxValue ? null : lowest;
    }

    // enlarged first; a read that missed digits (fewer than PP-OCR's) is tried again at the crop's own size, where
    // Tesseract may see what it did not: a missing digit is a failure to see, another digit an opinion, never retried
    private static OcrText ReadRun(VisionImage crop, TesseractEngine engine, int digits)
    {
        int margin = (int)Math.Ceiling(PaperAround * crop.Height);
        OcrText read;
        using (var enlarged = DocumentImage.WithPaperAround(crop, margin, Math.Max(1, (double)ReadHeight / crop.Height)))
        {
            read = engine.Read(enlarged, PageSegmentation.SingleLine, Digits);
        }

        if (read.Text.Length >= digits || crop.Height >= ReadHeight) return read;
        using var asIs = DocumentImage.WithPaperAround(crop, margin, 1);
        return engine.Read(asIs, PageSegmentation.SingleLine, Digits);
    }
}
