using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// One field of a rectified card read by two independently trained engines. PP-OCR reads the candidate lines, likeliest
/// first, until one parses (its anchor included). Tesseract must then give the same digits: each digit run cut out
/// where PP-OCR read it and read by its English model (<see cref="DigitGroups"/>, when the field asks for it), else the
/// whole line with the field's alphabet by its first model or, when that one garbles the line, its second. A model that
/// reads another value refuses the field; a value only one engine gives is never used: each engine misreads some digit
/// in some font the same way in every frame (Tesseract read a crisp 昭和20年 as 昭和29年), but the two were trained
/// apart, so they rarely misread it alike. Tesseract torn on the strip (PP-OCR's digit its close second,
/// <see cref="DigitGroups.Verdict.Torn"/>) still gives PP-OCR's value, as its second choice. The digits are what
/// 照合番号B is made of; the era, the anchor and the separators are PP-OCR's, which Tesseract drops or mangles in a
/// light face while its digits stay right.
/// </summary>
internal static class FieldVote
{
    public delegate bool Parser<T>(string text, out T value);

    /// <summary>The agreed value, the lower of the engines' confidences (0–100) and the line it was read on; Issue None
    /// when agreed. Disputed: two of Tesseract's models, reading apart (English the digit strip, a Japanese model the
    /// whole line), read the same other digits than PP-OCR's: another value the card may hold.</summary>
    public readonly record struct Outcome<T>(T Value, float Confidence, CardFaceIssue Issue, Rectangle Line = default, bool Disputed = false)
    {
        // the value is a birth date, an expiry or a security code: never in a message
        public override string ToString() => $"Outcome {Issue} [value redacted]";
    }

    /// <param name="tesseractModels">The Tesseract models that may confirm PP-OCR's reading, tried in order.</param>
    /// <param name="confirms">Whether Tesseract's text of the line carries the value PP-OCR parsed.</param>
    /// <param name="missing">The issue when PP-OCR finds no candidate line that parses.</param>
    /// <param name="refusal">A line PP-OCR reads this way ends the search with its issue (a field the reader must not use).</param>
    /// <param name="known">A value PP-OCR reads that this accepts needs no second engine: it agrees with a source of its
    /// own (the chip's expiry).</param>
    /// <param name="valueEnd">Where the value ends in PP-OCR's text: digits after it (the sex's 別 read as 9) are no part
    /// of the value, and count in no confidence.</param>
    /// <param name="digitRuns">Tesseract's English model may confirm the digit runs before <paramref name="valueEnd"/>
    /// (<see cref="DigitGroups"/>), tried before the models' reading of the whole line.</param>
    public static Outcome<T> Read<T>(
        LineReadings lines, IEnumerable<Rectangle> candidates, TesseractPool pool,
        string[] tesseractModels, string alphabet, Parser<T> parse, Func<string, T, bool> confirms, CardFaceIssue missing, CardFaceReadingOptions options,
        (Func<string, bool> Matches, CardFaceIssue Issue)? refusal = null, Func<T, bool>? known = null, Func<string, int>? valueEnd = null, bool digitRuns = true)
    {
        foreach (var line in candidates)
        {
            var first = lines.Read(line);
            string text = PaddleDateText.Normalize(first.Text);
            if (refusal is { } refused && refused.Matches(text))
            {
                return new Outcome<T>(default!, 0, refused.Issue);
            }

            if (PaddleDateText.HasStrokeOfWa(text, first.Positions, (double)line.Height / DocumentImage.LineBounds(lines.Card, line).Width) || !parse(text, out var value))
            {
                continue;
            }

            // only the characters that carry the value: the anchor まで has no spelling in PP-OCR's dictionary, and a
            // digit after the value is another word's (the sex's 別 read as 9)
            int end = valueEnd?.Invoke(text) ?? text.Length;
            float paddleConfidence = 100 * first.MinConfidenceOf(char.IsAsciiDigit, end);
            if (known?.Invoke(value) == true)
            {
                return new Outcome<T>(value, paddleConfidence, CardFaceIssue.None, line);
            }

            // the digit runs alone first: Tesseract reads them best so, and a few small crops cost less than a line
            var (verdict, stripConfidence, stripDigits) = valueEnd is not null && digitRuns
                ? DigitGroups.Confirm(lines, line, first with { Text = text }, end, options.MinFieldConfidence, pool)
                : (DigitGroups.Verdict.Unseen, 0, null);
            bool contested = verdict is DigitGroups.Verdict.OtherDigits or DigitGroups.Verdict.Torn;
            float? torn = verdict == DigitGroups.Verdict.Torn ? stripConfidence : null;
            float? confirmed = verdict == DigitGroups.Verdict.Confirmed ? stripConfidence : null;

            // runs read with another digit are outvoted only by every model reading the whole line as PP-OCR did: the
            // strip misreads some light face's digit (a slashed 0 as 8) that the whole line reads right, and reads right
            // a digit that PP-OCR and one whole line misread alike (a code's 3 as 5, on 2,000 generated cards). A torn
            // strip is outvoted unless a whole line reads its digits too: the models read VL Gothic's slashed 0 as 8, 6
            // and 9 in turn, and Tesseract against itself is no opinion against PP-OCR's
            foreach (string model in tesseractModels)
            {
                if (confirmed is not null && !contested)
                {
                    break;
                }

                using var lease = pool.Rent(model);
                var second = DocumentImage.ReadLine(lines.Card, lease.Engine, line, alphabet);
                if (confirms(second.Text, value))
                {
                    confirmed = Math.Min(confirmed ?? float.MaxValue, second.MinConfidenceOf(char.IsAsciiDigit));
                    continue;
                }

                // a model that reads another whole value is a second opinion against PP-OCR's, not a garbled read:
                // no other reading outvotes it (English read a blurred code 2831, PP-OCR and jpn 2851)
                bool otherValue = parse(second.Text, out var other) && !EqualityComparer<T>.Default.Equals(other, value);
                bool asStrip = otherValue && string.Concat(second.Text.Where(char.IsAsciiDigit)) == stripDigits;
                if (torn is not null && !asStrip)
                {
                    continue;
                }

                if (contested || otherValue)
                {
                    return new Outcome<T>(default!, 0, CardFaceIssue.EnginesDisagree, Disputed: asStrip && model != OcrModels.English);
                }
            }

            if ((confirmed ?? torn) is { } tesseractConfidence)
            {
                bool sure = paddleConfidence >= options.MinPaddleConfidence && tesseractConfidence >= options.MinFieldConfidence;
                return new Outcome<T>(value, Math.Min(paddleConfidence, tesseractConfidence), sure ? CardFaceIssue.None : CardFaceIssue.LowConfidence, line);
            }

            return new Outcome<T>(default!, 0, CardFaceIssue.EnginesDisagree);
        }

        return new Outcome<T>(default!, 0, missing);
    }
}
