using System.Drawing;
using MynaGate.Ocr.Tesseract;
using MynaGate.Certificates.Text;
using MynaGate.Vision.Documents;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// Reads the birth date, expiry and security code from one camera frame of a card front: finds the card's outline,
/// rectifies it to <see cref="CardFaceLayout"/>, finds text lines, and takes as each field the line nearest its
/// expected place whose text carries the field's anchor. A card lying upside down is read turned by 180°.
/// </summary>
public sealed class CardFaceFrameReader
{
    private const int CandidatesPerField = 4;

    private readonly TesseractPool _pool;
    private readonly CardFaceReadingOptions _options;

    public CardFaceFrameReader(TesseractPool pool, CardFaceReadingOptions? options = null)
    {
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        _options = options ?? CardFaceReadingOptions.Default;
    }

    /// <summary>The fields of a frame, checked for confidence and plausibility against <paramref name="today"/>.</summary>
    public CardFaceFrameResult Read(VisionImage frame, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var quad = DocumentFinder.FindQuad(frame, _options.MinCardArea);
        if (quad is null)
        {
            return CardFaceFrameResult.Failed(CardFaceIssue.NoCard);
        }

        // an ID-1 card is 1.586 : 1 (up to about ±0.35 seen at an angle); half a card is 1.26 or 3.2
        if (quad.TouchesEdge || quad.AspectRatio is < 1.35 or > 2.0)
        {
            return CardFaceFrameResult.Failed(CardFaceIssue.CardNotWhole);
        }

        using var grey = frame.Channels == 1 ? null : frame.ToGrey();
        var upright = ReadCard(grey ?? frame, quad.Corners, today);
        if (upright.Issue is not (CardFaceIssue.NoBirthDate or CardFaceIssue.NoExpiry))
        {
            return upright;
        }

        var upsideDown = ReadCard(grey ?? frame, DocumentImage.TurnedHalfway(quad.Corners), today);
        return upsideDown.Issue is CardFaceIssue.NoBirthDate or CardFaceIssue.NoExpiry ? upright : upsideDown;
    }

    private static IEnumerable<Rectangle> NearestFirst(Rectangle[] lines, int expectedY) =>
        lines.OrderBy(l => Math.Abs(l.Y + (l.Height / 2) - expectedY)).Take(CandidatesPerField);

    private CardFaceFrameResult ReadCard(VisionImage grey, PointF[] corners, DateOnly today)
    {
        using var card = DocumentImage.Rectify(grey, corners, CardFaceLayout.Width, CardFaceLayout.Height);
        int h = CardFaceLayout.FieldTextHeight;
        var lines = DocumentFinder.TextLines(card, CardFaceLayout.TextColumn, joinGap: h * 3 / 2, minHeight: h / 2, maxHeight: h * 2);

        using var japanese = _pool.Rent(OcrModels.Japanese);
        using var script = _pool.Rent(OcrModels.JapaneseScript);
        var birth = ReadField<DateOnly>(card, japanese.Engine, script.Engine, NearestFirst(lines, CardFaceLayout.BirthLineY), CardFaceText.BirthAlphabet, CardFaceText.TryParseBirth);
        if (Problem(birth, CardFaceIssue.NoBirthDate) is var birthIssue and not CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(birthIssue);
        }

        var expiry = ReadField<DateOnly>(card, japanese.Engine, script.Engine, NearestFirst(lines, CardFaceLayout.ExpiryLineY), CardFaceText.ExpiryAlphabet, CardFaceText.TryParseExpiry);
        if (Problem(expiry, CardFaceIssue.NoExpiry) is var expiryIssue and not CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(expiryIssue);
        }

        // four bare digits have no anchor or calendar to check them by: the English model reads them too
        var codeLines = DocumentFinder.TextLines(card, CardFaceLayout.SecurityCodeArea, joinGap: h / 2, minHeight: h / 2, maxHeight: h * 2);
        using var english = _pool.Rent(OcrModels.English);
        var code = ReadField<string>(card, japanese.Engine, english.Engine, NearestFirst(codeLines, CardFaceLayout.SecurityCodeLineY), CardFaceText.Digits, TryParseSecurityCode);
        if (Problem(code, CardFaceIssue.NoSecurityCode) is var codeIssue and not CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(codeIssue);
        }

        var fields = new CardFaceFields(birth!.Value.Value, expiry!.Value.Value, code!.Value.Value, birth.Value.Confidence, expiry.Value.Confidence, code.Value.Confidence);
        if (Math.Min(fields.BirthConfidence, Math.Min(fields.ExpiryConfidence, fields.SecurityCodeConfidence)) < _options.MinFieldConfidence)
        {
            return CardFaceFrameResult.Failed(CardFaceIssue.LowConfidence);
        }

        var issue = CardFacePlausibility.Check(fields, _options, today);
        return issue == CardFaceIssue.None ? new CardFaceFrameResult(fields, CardFaceIssue.None) : CardFaceFrameResult.Failed(issue);
    }

    private delegate bool FieldParser<T>(string text, out T value);

    private readonly record struct FieldRead<T>(T Value, float Confidence, bool Confirmed);

    private static bool TryParseSecurityCode(string text, out string code)
    {
        code = OcrStrings.Compact(text);
        return CardFaceText.IsSecurityCode(code);
    }

    // The first candidate line whose text parses (its anchor included) gives the field and its confidence. Tesseract's
    // LSTM can misread a digit the same way in every frame (a crisp 昭和20年 read as 昭和29年), so a second,
    // independently trained model reads that line too and must give the same value. Null when no line parses.
    private static FieldRead<T>? ReadField<T>(
        VisionImage card, TesseractEngine first, TesseractEngine second, IEnumerable<Rectangle> candidates, string alphabet, FieldParser<T> parse)
    {
        foreach (var line in candidates)
        {
            var text = DocumentImage.ReadLine(card, first, line, alphabet);
            if (parse(text.Text, out var value))
            {
                bool confirmed = parse(DocumentImage.ReadLine(card, second, line, alphabet).Text, out var again) && EqualityComparer<T>.Default.Equals(value, again);
                return new FieldRead<T>(value, text.MinConfidence, confirmed);
            }
        }

        return null;
    }

    private static CardFaceIssue Problem<T>(FieldRead<T>? read, CardFaceIssue missing) =>
        read is null ? missing : read.Value.Confirmed ? CardFaceIssue.None : CardFaceIssue.LowConfidence;
}
