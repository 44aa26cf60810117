using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// Turns card-front frames into 照合番号B only when it is safe to try it on the card, which locks after repeated
/// wrong codes: the remaining tries are checked before any frame is read, each frame's fields must pass the
/// confidence floors and plausibility checks and agree with the chip's expiry, and several frames must agree.
/// Otherwise it abstains and says why.
/// </summary>
public sealed class VerificationCodeBReader
{
    private readonly CardFaceFrameReader _frames;
    private readonly CardFaceReadingOptions _options;
    private readonly DateOnly _today;
    private readonly DateOnly? _chipExpiry;
    private readonly List<CardFaceFields> _readings = [];
    private readonly Dictionary<CardFaceIssue, int> _issues = [];
    private int _framesRead;
    private bool _printedExpiryAgreed;

    /// <param name="remainingTries">照合番号B tries left, read from the card (empty VERIFY) before anything else.</param>
    /// <param name="chipExpiry">The expiry in the chip's 共通AP card info (readable without a PIN), when read.</param>
    public VerificationCodeBReader(CardFaceFrameReader frames, int remainingTries, DateOnly? chipExpiry, DateOnly today, CardFaceReadingOptions? options = null)
    {
        _frames = frames ?? throw new ArgumentNullException(nameof(frames));
        _options = options ?? CardFaceReadingOptions.Default;
        _chipExpiry = chipExpiry;
        _today = today;
        if (remainingTries <= 0)
        {
            Outcome = new VerificationCodeBOutcome(null, CardFaceIssue.CardBlocked, 0);
        }
        else if (remainingTries <= _options.TriesReserve)
        {
            Outcome = new VerificationCodeBOutcome(null, CardFaceIssue.FewTriesLeft, 0);
        }
    }

    /// <summary>The decision, once made; null while more frames are wanted.</summary>
    public VerificationCodeBOutcome? Outcome { get; private set; }

    /// <summary>Frames read so far.</summary>
    public int FramesRead => _framesRead;

    /// <summary>Reads one frame (ignored once decided) and returns what it gave, for guidance on screen.</summary>
    public CardFaceFrameResult Offer(VisionImage frame)
    {
        if (Outcome is not null)
        {
            return CardFaceFrameResult.Failed(Outcome.Issue);
        }

        _framesRead++;
        // the printed expiry is a cross-check of the chip's: once a frame has found them alike, later frames skip it
        var result = _frames.Read(frame, _today, _chipExpiry, checkPrintedExpiry: !_printedExpiryAgreed);
        _printedExpiryAgreed |= result.PrintedExpiryAgreed;
        var issue = result.Issue;

        if (issue == CardFaceIssue.None && result.Fields is { } agreed)
        {
            // frames that read different values end the reading: the card's print is one both engines can misread
            // alike (a blurred 3 read as 5, a light 和's last stroke read as a 1 before the era year), and which frame
            // is right no count of frames can tell (a wrong code costs one of the card's tries)
            bool conflicting = _readings.Any(r => !r.SameValues(agreed));
            _readings.Add(agreed);
            if (conflicting)
            {
                Outcome = new VerificationCodeBOutcome(null, CardFaceIssue.FramesDisagree, _framesRead);
                return result;
            }

            if (_readings.Count >= _options.AgreeingFrames)
            {
                Outcome = new VerificationCodeBOutcome(agreed, CardFaceIssue.None, _framesRead);
                return result;
            }
        }
        else if (result.Disputed)
        {
            // two of Tesseract's models read another value than PP-OCR's: the card may hold either, as when frames
            // read different values (a code's 3 that PP-OCR and the strip read as 5 in two frames of three)
            Outcome = new VerificationCodeBOutcome(null, CardFaceIssue.FramesDisagree, _framesRead);
            return result;
        }
        else
        {
            _issues[issue] = _issues.GetValueOrDefault(issue) + 1;
            // a foreign resident's card stays one: frames that agree on it end the reading at once
            if (issue == CardFaceIssue.GregorianBirthDate && _issues[issue] >= _options.AgreeingFrames)
            {
                Outcome = new VerificationCodeBOutcome(null, issue, _framesRead);
                return result;
            }
        }

        if (_framesRead >= _options.MaxFrames)
        {
            Outcome = new VerificationCodeBOutcome(null, GivingUpReason(), _framesRead);
        }

        return result;
    }

    /// <summary>Overwrites every reading kept and the outcome's fields: the session has ended.</summary>
    public void Clear()
    {
        foreach (var reading in _readings) reading.Clear();
        _readings.Clear();
        Outcome?.Fields?.Clear();
    }

    // the most frequent frame issue, unless frames mostly read well but never agreed
    private CardFaceIssue GivingUpReason()
    {
        if (_issues.Count == 0)
        {
            return CardFaceIssue.FramesDisagree;
        }

        var common = _issues.MaxBy(p => p.Value);
        return _readings.Count >= common.Value ? CardFaceIssue.FramesDisagree : common.Key;
    }
}
