namespace MynaGate.Ocr.CardFace;

/// <summary>How cautious the card-face reader is. 照合番号B locks the card after repeated failures, so every
/// setting errs towards abstaining.</summary>
public sealed record CardFaceReadingOptions
{
    public static readonly CardFaceReadingOptions Default = new();

    /// <summary>Lowest accepted Tesseract confidence (0–100) of any digit of a field. Tesseract gives a correctly read
    /// digit after a wide space as little as 22, so the floor only drops garbage; the anchors, the calendar, the
    /// birthday rule, the chip and the agreement of frames do the rest.</summary>
    public float MinFieldConfidence { get; init; } = 15;

    /// <summary>Lowest accepted PP-OCR probability (0–100) of any digit of a field. Set before any evaluation, to drop
    /// only digits the recogniser itself doubts; agreement with Tesseract does the rest.</summary>
    public float MinPaddleConfidence { get; init; } = 50;

    /// <summary>Frames that must read the same three fields; a frame that reads other values ends the reading.</summary>
    public int AgreeingFrames { get; init; } = 2;

    /// <summary>Frames read before the reader gives up.</summary>
    public int MaxFrames { get; init; } = 6;

    /// <summary>照合番号B tries kept back: at or below this many left, the reader does not try.</summary>
    public int TriesReserve { get; init; } = 2;

    /// <summary>Cards expire on the holder's birthday; a reading that disagrees is refused.</summary>
    public bool RequireExpiryOnBirthday { get; init; } = true;

    /// <summary>Oldest plausible holder, in years.</summary>
    public int MaxAgeYears { get; init; } = 120;

    /// <summary>Longest validity of a card from today, in years (10 years from issue, issued up to a year early).</summary>
    public int MaxYearsToExpiry { get; init; } = 11;

    /// <summary>Smallest part of the frame the card must cover: a card filling half the frame's width, turned 20° and
    /// seen at a slant, covers 0.11–0.12 of a 4:3 frame (three hand-held dev frames that 0.12 refused).</summary>
    public float MinCardArea { get; init; } = 0.10f;
}
