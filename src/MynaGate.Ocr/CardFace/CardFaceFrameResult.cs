namespace MynaGate.Ocr.CardFace;

/// <summary>One frame's outcome: the fields when all three were found and pass the checks, else the issue; whether
/// the printed expiry was read and found to be the chip's; and whether a field was disputed — two of Tesseract's
/// models read the same other value than PP-OCR's, which the card may hold.</summary>
public sealed record CardFaceFrameResult(CardFaceFields? Fields, CardFaceIssue Issue, bool PrintedExpiryAgreed = false, bool Disputed = false)
{
    public static CardFaceFrameResult Failed(CardFaceIssue issue, bool disputed = false) => new(null, issue, Disputed: disputed);

    public bool Succeeded => Fields is not null;
}
