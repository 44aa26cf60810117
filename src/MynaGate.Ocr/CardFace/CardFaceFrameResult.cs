namespace MynaGate.Ocr.CardFace;

/// <summary>One frame's outcome: the fields when all three were found and pass the checks, else the issue; and whether
/// the printed expiry was read and found to be the chip's.</summary>
public sealed record CardFaceFrameResult(CardFaceFields? Fields, CardFaceIssue Issue, bool PrintedExpiryAgreed = false)
{
    public static CardFaceFrameResult Failed(CardFaceIssue issue) => new(null, issue);

    public bool Succeeded => Fields is not null;
}
