using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// The last confirmation of a field's line: Tesseract's English model reads the runs of digits PP-OCR found in the
/// value, each cut out where PP-OCR read it and all set side by side on one strip of paper, and must give the same
/// digits. Tesseract's Japanese models read some light faces' 0 as 9 beside 年 and 月 on a whole line; its English model
/// reads the digits alone right, and reads them best as one line: a digit or two on their own it often reads as
/// nothing. The crops come from PP-OCR's positions, moved to the nearest gap between glyphs (<see cref="LineInk"/>), the
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

    // a cut moves to the quietest column within this share of the line's height: about a CTC step
    private const double GapReach = 0.15;

    // the strip: paper of this share of the line's height either side of each run, so the runs stand a word gap apart
    // (on 300 generated cards, with the gap a word space and no more, frames whose engines disagree 17 -> 10; at a
    // quarter of the height, 19), enlarged to ReadHeight when smaller; a larger print is read as it is (enlarged, a
    // crisp 55 at 34 px read 59)
    private const double StripGap = 0.1;

    // a run read again on its own, when the strip missed digits: paper around it, enlarged to ReadHeight
    private const double PaperAround = 0.25;
    private const int ReadHeight = 90;

    // Tesseract is torn when it weighed PP-OCR's digit within this many points of the one it chose: on 1,000 dev cards
    // (seeds 600000, 700000) the strip read 70 values otherwise than PP-OCR, PP-OCR was right in all but one, and the
    // torn among those it was right in (VL Gothic's slashed 0 read 8 beside 0 at 82 to 81) were 1–19 points apart
    private const float TornMargin = 20;

    /// <summary>What Tesseract made of the runs: read as PP-OCR read them, read with another digit, or not all seen.</summary>
    public enum Verdict
    {
        Confirmed,

        /// <summary>A second opinion against PP-OCR's, which only every whole-line model reading PP-OCR's value may
        /// outvote (<see cref="FieldVote"/>).</summary>
        OtherDigits,

        /// <summary>Other digits, but at each place where they differ Tesseract weighed PP-OCR's digit a close second:
        /// no opinion against PP-OCR's unless another reading of Tesseract's agrees with the strip.</summary>
        Torn,

        /// <summary>Fewer digits than PP-OCR's or more, or a run read on its own (after the strip missed digits) that
        /// Tesseract reads otherwise: a failure to see, which a reading of the whole line may make up.</summary>
        Unseen,
    }

    /// <summary>Tesseract's verdict on the runs before <paramref name="end"/>: when it confirms them, its lowest
    /// confidence over them, tried again run by run below <paramref name="sureAbove"/>; when the strip read other
    /// digits, those digits, and when it is torn, the lowest confidence it weighed PP-OCR's digits with.</summary>
    public static (Verdict Verdict, float Confidence, string? OtherDigits) Confirm(LineReadings lines, Rectangle line, PaddleLine first, int end, float sureAbove, TesseractPool pool)
    {
        var card = lines.Card;
        var bounds = DocumentImage.LineBounds(card, line);
        float endMargin = (float)(EndMargin * line.Height / bounds.Width);
        var at = first.Positions;
        var ink = LineInk.Of(card, bounds);
        int reach = Math.Max(1, (int)(GapReach * line.Height));
        string text = first.Text;
        var crops = new List<VisionImage>();
        var runs = new List<string>();
        try
        {
            for (int start = 0; start < Math.Min(end, text.Length); start++)
            {
                if (!char.IsAsciiDigit(text[start])) continue;
                int last = start;
                while (last + 1 < text.Length && char.IsAsciiDigit(text[last + 1])) last++;
                float from = start > 0 ? at[start - 1] + (Toward * (at[start] - at[start - 1])) : at[start] - endMargin;
                float to = last + 1 < at.Length ? at[last + 1] - (Toward * (at[last + 1] - at[last])) : at[last] + endMargin;
                int left = (int)(from * bounds.Width);
                int right = (int)Math.Ceiling(to * bounds.Width);
                // a cut between a digit and its neighbour moves to the gap, never past the digit's own centre
                if (start > 0) left = ink.Quietest(left, left - reach, Math.Min(left + reach, (int)(at[start] * bounds.Width) - 1));
                if (last + 1 < at.Length) right = ink.Quietest(right, Math.Max(right - reach, (int)(at[last] * bounds.Width) + 1), right + reach);
                var box = Rectangle.Intersect(Rectangle.FromLTRB(bounds.X + left, bounds.Y, bounds.X + right, bounds.Bottom), bounds);
                if (box.Width <= 0) return (Verdict.Unseen, 0, null);
                crops.Add(card.Crop(box));
                runs.Add(text.Substring(start, last - start + 1));
                start = last;
            }

            if (crops.Count == 0) return (Verdict.Unseen, 0, null);
            using var lease = pool.Rent(OcrModels.English);
            string digits = string.Concat(runs);
            var strip = ReadStrip(crops, lease.Engine);
            bool alike = strip.Text == digits;
            if (alike && strip.MinConfidence >= sureAbove) return (Verdict.Confirmed, strip.MinConfidence, null);
            // another digit is an opinion; more digits a cut that took in a neighbour's stroke (a code read 66985 at
            // confidence 28), which the whole line may settle; fewer digits a failure to see, and the same digits
            // unsure a doubt, which each run read on its own may not share
            if (!alike && strip.Text.Length == digits.Length)
            {
                return TornBetween(strip, digits) is { } second ? (Verdict.Torn, second, strip.Text) : (Verdict.OtherDigits, 0, strip.Text);
            }

            if (strip.Text.Length > digits.Length) return (Verdict.Unseen, 0, null);
            float lowest = float.MaxValue;
            for (int i = 0; i < crops.Count; i++)
            {
                var read = ReadRun(crops[i], lease.Engine, runs[i].Length);
                if (read.Text != runs[i]) return (Verdict.Unseen, 0, null);
                lowest = Math.Min(lowest, read.MinConfidence);
            }

            return (Verdict.Confirmed, alike ? Math.Max(lowest, strip.MinConfidence) : lowest, null);
        }
        finally
        {
            foreach (var crop in crops) crop.Dispose();
        }
    }

    // the lowest confidence Tesseract weighed PP-OCR's digit with, at each place the strip reads otherwise, when every
    // one is within TornMargin of the digit it chose; null when one is not
    internal static float? TornBetween(OcrText strip, string digits)
    {
        if (strip.Symbols.Count != digits.Length) return null;
        float lowest = float.MaxValue;
        for (int i = 0; i < digits.Length; i++)
        {
            var symbol = strip.Symbols[i];
            string paddles = digits[i..(i + 1)];
            if (symbol.Text == paddles) continue;
            if (symbol.Choices is not { Count: > 0 } weighed) return null;
            float ours = weighed.Where(c => c.Text == paddles).Select(c => c.Confidence).DefaultIfEmpty(0).Max();
            if (ours <= 0 || weighed.Max(c => c.Confidence) - ours > TornMargin) return null;
            lowest = Math.Min(lowest, ours);
        }

        return lowest;
    }

    // a space is among the characters allowed: held to digits alone, Tesseract gave the first digit after each gap a
    // confidence of 0–50
    private static OcrText ReadStrip(List<VisionImage> crops, TesseractEngine engine)
    {
        using var strip = DocumentImage.SideBySide(crops, (int)Math.Ceiling(StripGap * crops[0].Height));
        using var enlarged = strip.Height >= ReadHeight ? null : strip.Resize((int)Math.Round(strip.Width * (double)ReadHeight / strip.Height), ReadHeight);
        return engine.Read(enlarged ?? strip, PageSegmentation.SingleLine, Digits + " ", choices: true);
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
