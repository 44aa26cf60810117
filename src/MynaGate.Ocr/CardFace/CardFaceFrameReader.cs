using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Documents;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// Reads the birth date, expiry and security code from one camera frame of a card front: finds the card's outline,
/// rectifies it to <see cref="CardFaceLayout"/>, finds text lines, and takes as each field the line nearest its
/// expected place whose text carries the field's anchor, read alike by PP-OCR and Tesseract (<see cref="FieldVote"/>).
/// A card lying upside down is read turned by 180°, as PP-OCR's direction classifier tells.
/// </summary>
public sealed class CardFaceFrameReader
{
    // the nearest line is the field's on the cards measured; the second covers a stray mark between
    private const int CandidatesPerField = 2;

    // a date and its anchor are eight characters at least (平成1年1月1日生); the sex printed beside the birth date
    // is a line of one character, which PP-OCR was asked to read as the birth date in a third of the frames
    private const int MinDateLineWidth = 4 * CardFaceLayout.FieldTextHeight;
    private const int OrientationLines = 3;

    // below this 180° probability (or above one minus it) the direction classifier is taken at its word
    private const float UnsureBelow = 0.1f;

    // dates: Tesseract's jpn, else its script model; four bare digits have no anchor or calendar: English, else jpn
    private static readonly string[] DateModels = [OcrModels.Japanese, OcrModels.JapaneseScript];
    private static readonly string[] CodeModels = [OcrModels.English, OcrModels.Japanese];

    private readonly TesseractPool _pool;
    private readonly PaddleTextRecognizer _paddle;
    private readonly PaddleOrientation _orientation;
    private readonly CardFaceReadingOptions _options;

    /// <param name="paddle">Thread-safe: one recogniser serves every reading.</param>
    /// <param name="orientation">Thread-safe: PP-OCR's 180° classifier.</param>
    public CardFaceFrameReader(TesseractPool pool, PaddleTextRecognizer paddle, PaddleOrientation orientation, CardFaceReadingOptions? options = null)
    {
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        _paddle = paddle ?? throw new ArgumentNullException(nameof(paddle));
        _orientation = orientation ?? throw new ArgumentNullException(nameof(orientation));
        _options = options ?? CardFaceReadingOptions.Default;
    }

    /// <summary>The fields of a frame, checked for confidence and plausibility against <paramref name="today"/>.</summary>
    public CardFaceFrameResult Read(VisionImage frame, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (quad, issue) = CardOutline.Find(frame, _options.MinCardArea);
        if (quad is null)
        {
            return CardFaceFrameResult.Failed(issue);
        }

        using var grey = frame.Channels == 1 ? null : frame.ToGrey();
        using var card = DocumentImage.Rectify(grey ?? frame, quad.Corners, CardFaceLayout.Width, CardFaceLayout.Height);
        var lines = TextLines(card);
        // PP-OCR's direction classifier on the card's widest lines says which way up to read; only when it is unsure
        // is the other way read too, after the likelier one found no date. The turned card is made only when read.
        float upsideDown = UpsideDownProbability(card, lines);
        bool turnedFirst = upsideDown > 0.5f;
        var first = turnedFirst ? ReadTurned(card, today) : ReadCard(card, lines, today);
        if (first.Issue is not (CardFaceIssue.NoBirthDate or CardFaceIssue.NoExpiry) || upsideDown is < UnsureBelow or > 1 - UnsureBelow)
        {
            return first;
        }

        var second = turnedFirst ? ReadCard(card, lines, today) : ReadTurned(card, today);
        return second.Issue is CardFaceIssue.NoBirthDate or CardFaceIssue.NoExpiry ? first : second;
    }

    private static Rectangle[] TextLines(VisionImage card)
    {
        int h = CardFaceLayout.FieldTextHeight;
        return DocumentFinder.TextLines(card, CardFaceLayout.TextColumn, joinGap: h * 3 / 2, minHeight: h / 2, maxHeight: h * 2);
    }

    private CardFaceFrameResult ReadTurned(VisionImage card, DateOnly today)
    {
        using var turned = card.WarpAffine([-1, 0, card.Width - 1, 0, -1, card.Height - 1], card.Width, card.Height);
        return ReadCard(turned, TextLines(turned), today);
    }

    // the mean 180° probability of the widest text lines in the card's text column
    private float UpsideDownProbability(VisionImage card, Rectangle[] lines)
    {
        var widest = lines.OrderByDescending(l => l.Width).Take(OrientationLines).ToArray();
        if (widest.Length == 0)
        {
            return 0.5f;
        }

        float sum = 0;
        foreach (var line in widest)
        {
            using var crop = DocumentImage.LineCrop(card, line);
            sum += _orientation.UpsideDown(crop);
        }

        return sum / widest.Length;
    }

    private static IEnumerable<Rectangle> NearestFirst(Rectangle[] lines, int expectedY, int minWidth = 0) =>
        lines.Where(l => l.Width >= minWidth).OrderBy(l => Math.Abs(l.Y + (l.Height / 2) - expectedY)).Take(CandidatesPerField);

    private CardFaceFrameResult ReadCard(VisionImage card, Rectangle[] lines, DateOnly today)
    {
        var birth = FieldVote.Read<DateOnly>(card, NearestFirst(lines, CardFaceLayout.BirthLineY, MinDateLineWidth), _paddle, _pool, DateModels,
            CardFaceText.BirthAlphabet, CardFaceText.TryParseBirth, CardFaceIssue.NoBirthDate, _options);
        if (birth.Issue != CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(birth.Issue);
        }

        var expiry = FieldVote.Read<DateOnly>(card, NearestFirst(lines, CardFaceLayout.ExpiryLineY, MinDateLineWidth), _paddle, _pool, DateModels,
            CardFaceText.ExpiryAlphabet, CardFaceText.TryParseExpiry, CardFaceIssue.NoExpiry, _options);
        if (expiry.Issue != CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(expiry.Issue);
        }

        int h = CardFaceLayout.FieldTextHeight;
        var codeLines = DocumentFinder.TextLines(card, CardFaceLayout.SecurityCodeArea, joinGap: h / 2, minHeight: h / 2, maxHeight: h * 2);
        var code = FieldVote.Read<int>(card, NearestFirst(codeLines, CardFaceLayout.SecurityCodeLineY), _paddle, _pool, CodeModels,
            CardFaceText.Digits, TryParseSecurityCode, CardFaceIssue.NoSecurityCode, _options);
        if (code.Issue != CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(code.Issue);
        }

        var fields = new CardFaceFields(birth.Value, expiry.Value, code.Value, birth.Confidence, expiry.Confidence, code.Confidence);
        var issue = CardFacePlausibility.Check(fields, _options, today);
        return issue == CardFaceIssue.None ? new CardFaceFrameResult(fields, CardFaceIssue.None) : CardFaceFrameResult.Failed(issue);
    }

    // the engine's text is a string already; what is kept is the number, not another string
    private static bool TryParseSecurityCode(string text, out int code)
    {
        code = 0;
        if (!CardFaceText.IsSecurityCode(text)) return false;
        foreach (char c in text)
            if (char.IsAsciiDigit(c)) code = (code * 10) + (c - '0');
        return true;
    }
}
