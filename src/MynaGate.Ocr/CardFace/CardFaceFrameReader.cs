using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Documents;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// Reads the birth date and security code (and the printed expiry, as a cross-check of the chip's) from one camera
/// frame of a card front: finds the card's outline, rectifies it, finds every text line with PP-OCR's detector, which
/// knows no layout, and picks each field by what its line says — an era date followed by 生 is the birth date whatever
/// else shares its line; the code is a line of exactly four digits on the photo's side of the card. Layout positions
/// only order the search, so a card laid out differently costs a read or two more, not an abstention. Each field is
/// read alike by PP-OCR and Tesseract (<see cref="FieldVote"/>). A card lying upside down is read turned by 180°, as
/// PP-OCR's direction classifier tells.
/// </summary>
public sealed class CardFaceFrameReader
{
    // the rectified card (1000 × 631) as the detector sees it: the smallest field, the code's digits 24 px high at
    // the least on the card, stays 12 px high; the detector costs about 27 ms on one core here (43 ms at 640 × 416,
    // which read no better on 250 cards)
    private const int DetectWidth = 512, DetectHeight = 320;

    // a field's text is 2–4 mm high: its box on the rectified card, grown by the detector's unclip, is within these
    private const int MinLineHeight = 16, MaxLineHeight = 80;

    // lines read by PP-OCR before a field is given up: there are about ten wide lines on a card; the likeliest few
    // by the prior hold the field on every layout a card printer uses (the birth date, below an address of three
    // lines, is the fifth or sixth line nearest where one layout prints it)
    private const int BirthReads = 6, ExpiryReads = 2, CodeReads = 3;

    // a printed expiry refuses the chip's only when both engines read it this surely; below, it counts as unread, as
    // one not found does (which the chip's expiry already outlives): both engines misread Ume Mincho's 3 as 5 and VL
    // Gothic's slashed 0 as 8 at PP-OCR confidence 55–64, where 94 % of 3,700 expiry lines on 2,000 dev cards (seeds
    // 100000, 400000, 600000, 700000) read at 90 or more
    private const float SureDisagreement = 90;

    // a date and its anchor are eight characters at least (平成1年1月1日生); a 4-digit code is 2–6 heights wide
    private const int MinDateAspect = 4, MaxDateAspect = 10;
    private const int MinCodeAspect = 1, MaxCodeAspect = 6;
    private const int OrientationLines = 3;

    // below this 180° probability (or above one minus it) the direction classifier is taken at its word
    private const float UnsureBelow = 0.1f;

    // after the digit runs (DigitGroups), the whole line: dates by Tesseract's jpn, else its script model; four bare
    // digits by English, else jpn. A model is not asked once another confirmed: jpn read a light face's 0 as 9 or 6
    // with confidence 88–99 where PP-OCR read it right (32 of the 68 frames where the engines disagreed, on 300
    // generated cards); a blurred 3 that two engines read as 5 is the session's to refuse, where frames that read
    // another value end the reading (VerificationCodeBReader)
    private static readonly string[] DateModels = [OcrModels.Japanese, OcrModels.JapaneseScript];
    private static readonly string[] CodeModels = [OcrModels.English, OcrModels.Japanese];

    // the eras whose name ends in 和, the likelier first: PP-OCR reads 昭 in every face here, and drops 令
    private static readonly string[] BareWaEras = ["令和", "昭和"];

    // the sex shares the birth date's line on many cards: Tesseract must be allowed its characters to read past them
    private const string BirthLineAlphabet = CardFaceText.BirthAlphabet + "性別男女";

    private readonly TesseractPool _pool;
    private readonly PaddleTextDetector _detector;
    private readonly PaddleTextRecognizer _paddle;
    private readonly PaddleOrientation _orientation;
    private readonly CardFaceReadingOptions _options;

    /// <param name="detector">Thread-safe: PP-OCR's text detector.</param>
    /// <param name="paddle">Thread-safe: one recogniser serves every reading.</param>
    /// <param name="orientation">Thread-safe: PP-OCR's 180° classifier.</param>
    public CardFaceFrameReader(TesseractPool pool, PaddleTextDetector detector, PaddleTextRecognizer paddle, PaddleOrientation orientation, CardFaceReadingOptions? options = null)
    {
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        _detector = detector ?? throw new ArgumentNullException(nameof(detector));
        _paddle = paddle ?? throw new ArgumentNullException(nameof(paddle));
        _orientation = orientation ?? throw new ArgumentNullException(nameof(orientation));
        _options = options ?? CardFaceReadingOptions.Default;
    }

    /// <summary>The fields of a frame, checked for confidence and plausibility against <paramref name="today"/>. With
    /// <paramref name="chipExpiry"/> (the chip's 共通AP, readable without a PIN) the expiry is the chip's, and a printed
    /// one, looked for when <paramref name="checkPrintedExpiry"/>, only has to agree with it; without, the printed
    /// expiry must be read.</summary>
    public CardFaceFrameResult Read(VisionImage frame, DateOnly today, DateOnly? chipExpiry = null, bool checkPrintedExpiry = true)
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
        var first = turnedFirst ? ReadTurned(card, lines, today, chipExpiry, checkPrintedExpiry) : ReadCard(card, lines, today, chipExpiry, checkPrintedExpiry);
        if (first.Issue is not (CardFaceIssue.NoBirthDate or CardFaceIssue.NoExpiry) || upsideDown is < UnsureBelow or > 1 - UnsureBelow)
        {
            return first;
        }

        var second = turnedFirst ? ReadCard(card, lines, today, chipExpiry, checkPrintedExpiry) : ReadTurned(card, lines, today, chipExpiry, checkPrintedExpiry);
        return second.Issue is CardFaceIssue.NoBirthDate or CardFaceIssue.NoExpiry ? first : second;
    }

    // every line of a field's height the detector finds; its box can end inside a thin last character (the 生 of a
    // light face), so a third of the line's height more on each side, beside the crop's own margin, keeps it whole
    private Rectangle[] TextLines(VisionImage card) =>
        _detector.Detect(card, DetectWidth, DetectHeight)
            .Where(l => l.Height is >= MinLineHeight and <= MaxLineHeight)
            .Select(l => Rectangle.Intersect(Rectangle.Inflate(l, l.Height / 3, 0), new Rectangle(0, 0, card.Width, card.Height)))
            .ToArray();

    // the card and its lines turned by 180°: the lines need not be found again
    private CardFaceFrameResult ReadTurned(VisionImage card, Rectangle[] lines, DateOnly today, DateOnly? chipExpiry, bool checkPrintedExpiry)
    {
        using var turned = card.WarpAffine([-1, 0, card.Width - 1, 0, -1, card.Height - 1], card.Width, card.Height);
        var turnedLines = lines.Select(l => new Rectangle(card.Width - l.Right, card.Height - l.Bottom, l.Width, l.Height)).ToArray();
        return ReadCard(turned, turnedLines, today, chipExpiry, checkPrintedExpiry);
    }

    // the mean 180° probability of the card's widest text lines
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

    private static int CentreY(Rectangle line) => line.Y + (line.Height / 2);

    // a date line's first MaxDateAspect heights: the date and its anchor begin a line and fit in them, what shares the
    // line after them (the sex, an address's tail) is not read
    private static IEnumerable<Rectangle> DateLines(IEnumerable<Rectangle> lines, int priorY, int reads) =>
        lines.Where(l => l.Width >= MinDateAspect * l.Height).OrderBy(l => Math.Abs(CentreY(l) - priorY)).Take(reads)
            .Select(l => l with { Width = Math.Min(l.Width, MaxDateAspect * l.Height) });

    // the birth date's line first when a short box (the sex, or 性別 and its value) stands after it on its row, as on
    // the cards a printer lays out with the sex at a gap; then by the prior
    private static IEnumerable<Rectangle> BirthLines(Rectangle[] lines)
    {
        bool SexBeside(Rectangle line) => lines.Any(s =>
            s.X > line.Right && s.Width < MinDateAspect * s.Height && Math.Abs(CentreY(s) - CentreY(line)) < line.Height / 2);
        var wide = lines.Where(l => l.Width >= MinDateAspect * l.Height).ToArray();
        return DateLines(wide.Where(SexBeside), CardFaceLayout.BirthLineY, BirthReads)
            .Concat(DateLines(wide.Where(l => !SexBeside(l)), CardFaceLayout.BirthLineY, BirthReads))
            .Take(BirthReads);
    }

    // a line of four digits, on the photo's half of the card, nearest where the code stands under the photo
    private static IEnumerable<Rectangle> CodeLines(Rectangle[] lines, Rectangle[] dateLines)
    {
        var photo = CardFaceLayout.Photo;
        var expected = new Point(photo.X + (photo.Width / 2), CardFaceLayout.SecurityCodeLineY);
        return lines
            .Where(l => l.Width >= MinCodeAspect * l.Height && l.Width <= MaxCodeAspect * l.Height)
            .Where(l => l.X + (l.Width / 2) > CardFaceLayout.Width / 2 && !dateLines.Any(d => d.IntersectsWith(l)))
            .OrderBy(l => Math.Abs(l.X + (l.Width / 2) - expected.X) + Math.Abs(CentreY(l) - expected.Y))
            .Take(CodeReads);
    }

    private CardFaceFrameResult ReadCard(VisionImage card, Rectangle[] lines, DateOnly today, DateOnly? chipExpiry, bool checkPrintedExpiry)
    {
        var readings = new LineReadings(card, _paddle);
        var birthLines = BirthLines(lines).ToArray();
        (Func<string, bool>, CardFaceIssue) gregorian = (CardFaceText.IsGregorianBirth, CardFaceIssue.GregorianBirthDate);
        var birth = FieldVote.Read<DateOnly>(readings, birthLines, _pool, DateModels, BirthLineAlphabet, CardFaceText.TryFindBirth,
            CardFaceText.ConfirmsBirth, CardFaceIssue.NoBirthDate, _options, gregorian, valueEnd: CardFaceText.BirthDateEnd);
        if (birth.Issue == CardFaceIssue.NoBirthDate)
        {
            // an era date whose 生 PP-OCR did not read (a light mincho's, read as 1 or nothing): a birth date only when
            // Tesseract, reading the whole line, gives the same date and its 生 (its digits alone would not say so);
            // else the birth date is still not found
            var anchored = FieldVote.Read<DateOnly>(readings, birthLines, _pool, DateModels, BirthLineAlphabet, CardFaceText.TryFindEraDate,
                CardFaceText.ConfirmsAnchoredBirth, CardFaceIssue.NoBirthDate, _options, gregorian, valueEnd: CardFaceText.EraDateEnd, digitRuns: false);
            if (anchored.Issue is CardFaceIssue.None or CardFaceIssue.LowConfidence or CardFaceIssue.GregorianBirthDate) birth = anchored;
        }

        // a birth date whose era PP-OCR read as 和 alone (it reads 令 as a look-alike or not at all in some faces): 昭和
        // or 令和 only as Tesseract, reading the whole line, names it
        foreach (string era in BareWaEras)
        {
            if (birth.Issue != CardFaceIssue.NoBirthDate) break;
            var named = FieldVote.Read<DateOnly>(readings, birthLines, _pool, DateModels, BirthLineAlphabet,
                (string text, out DateOnly date) => CardFaceText.TryFindBirthOfBareWa(text, era, out date),
                CardFaceText.ConfirmsBirthInEra, CardFaceIssue.NoBirthDate, _options, gregorian, valueEnd: CardFaceText.BareWaBirthDateEnd, digitRuns: false);
            if (named.Issue is CardFaceIssue.None or CardFaceIssue.LowConfidence) birth = named;
        }

        if (birth.Issue != CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(birth.Issue, birth.Disputed);
        }

        var (expiry, printedAgreed) = chipExpiry is { } chip && !checkPrintedExpiry
            ? (new FieldVote.Outcome<DateOnly>(chip, 100, CardFaceIssue.None), false)
            : ReadExpiry(readings, lines, birth.Line, chipExpiry);
        if (expiry.Issue != CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(expiry.Issue);
        }

        var code = FieldVote.Read<int>(readings, CodeLines(lines, birthLines), _pool, CodeModels,
            CardFaceText.Digits, TryParseSecurityCode, ConfirmsSecurityCode, CardFaceIssue.NoSecurityCode, _options, valueEnd: text => text.Length);
        if (code.Issue != CardFaceIssue.None)
        {
            return CardFaceFrameResult.Failed(code.Issue, code.Disputed);
        }

        var fields = new CardFaceFields(birth.Value, expiry.Value, code.Value, birth.Confidence, expiry.Confidence, code.Confidence);
        var issue = CardFacePlausibility.Check(fields, _options, today);
        return issue == CardFaceIssue.None ? new CardFaceFrameResult(fields, CardFaceIssue.None, printedAgreed) : CardFaceFrameResult.Failed(issue);
    }

    // the chip's expiry when there is one, refused only when both engines agree surely that the card says another (a
    // printed one that is the chip's needs no Tesseract); else the printed line, which must then be read
    // looked for below the birth date, nearest first: it follows the birth line on the card
    private (FieldVote.Outcome<DateOnly> Expiry, bool PrintedAgreed) ReadExpiry(LineReadings readings, Rectangle[] lines, Rectangle birthLine, DateOnly? chipExpiry)
    {
        var below = lines.Where(l => l.Y > birthLine.Y && l != birthLine);
        // a cross-check of the chip's reads one line; a printed expiry that must be found may take another
        int reads = chipExpiry is null ? ExpiryReads : 1;
        var printed = FieldVote.Read<DateOnly>(readings, DateLines(below, birthLine.Bottom + (birthLine.Height / 2), reads), _pool, DateModels,
            CardFaceText.ExpiryAlphabet, CardFaceText.TryFindExpiry, CardFaceText.ConfirmsExpiry, CardFaceIssue.NoExpiry, _options,
            known: chipExpiry is { } expected ? value => value == expected : null, valueEnd: CardFaceText.ExpiryDateEnd);
        if (chipExpiry is not { } chip)
        {
            return (printed, false);
        }

        bool read = printed.Issue == CardFaceIssue.None;
        return read && printed.Value != chip && printed.Confidence >= SureDisagreement
            ? (new FieldVote.Outcome<DateOnly>(default, 0, CardFaceIssue.ExpiryDisagreesWithChip), false)
            : (new FieldVote.Outcome<DateOnly>(chip, 100, CardFaceIssue.None), read);
    }

    private static bool ConfirmsSecurityCode(string text, int code) => TryParseSecurityCode(text, out int again) && again == code;

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
