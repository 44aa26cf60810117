using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// One field of a rectified card read by two independently trained engines. PP-OCR reads the candidate lines, nearest
/// the field's place first, until one parses (its anchor included); Tesseract then reads that line with the field's
/// alphabet and must give the same value, with its first model or, failing that, its second. A value only one engine
/// gives is never used: each engine misreads some digit in some font the same way in every frame (Tesseract read a
/// crisp 昭和20年 as 昭和29年), but the two were trained apart, so they rarely misread it alike.
/// </summary>
internal static class FieldVote
{
    public delegate bool Parser<T>(string text, out T value);

    /// <summary>The agreed value and the lower of the engines' confidences (0–100); Issue None when agreed.</summary>
    public readonly record struct Outcome<T>(T Value, float Confidence, CardFaceIssue Issue)
    {
        // the value is a birth date, an expiry or a security code: never in a message
        public override string ToString() => $"Outcome {Issue} [value redacted]";
    }

    /// <param name="tesseractModels">The Tesseract models that may confirm PP-OCR's reading, tried in order.</param>
    /// <param name="missing">The issue when PP-OCR finds no candidate line that parses.</param>
    public static Outcome<T> Read<T>(
        VisionImage card, IEnumerable<Rectangle> candidates, PaddleTextRecognizer paddle, TesseractPool pool,
        string[] tesseractModels, string alphabet, Parser<T> parse, CardFaceIssue missing, CardFaceReadingOptions options)
    {
        foreach (var line in candidates)
        {
            PaddleLine first;
            using (var crop = DocumentImage.LineCrop(card, line))
            {
                first = paddle.Read(crop);
            }

            if (!parse(PaddleDateText.Normalize(first.Text), out var value))
            {
                continue;
            }

            // only the characters that carry the value: the anchor まで has no spelling in PP-OCR's dictionary
            float paddleConfidence = 100 * first.MinConfidenceOf(char.IsAsciiDigit);
            foreach (string model in tesseractModels)
            {
                using var lease = pool.Rent(model);
                var second = DocumentImage.ReadLine(card, lease.Engine, line, alphabet);
                if (parse(second.Text, out var again) && EqualityComparer<T>.Default.Equals(value, again))
                {
                    bool sure = paddleConfidence >= options.MinPaddleConfidence && second.MinConfidence >= options.MinFieldConfidence;
                    return new Outcome<T>(value, Math.Min(paddleConfidence, second.MinConfidence), sure ? CardFaceIssue.None : CardFaceIssue.LowConfidence);
                }
            }

            return new Outcome<T>(default!, 0, CardFaceIssue.EnginesDisagree);
        }

        return new Outcome<T>(default!, 0, missing);
    }
}
