namespace MynaGate.Ocr.CardFace;

/// <summary>One frame's outcome: the fields when all three were found and pass the checks, else the issue.</summary>
public sealed record CardFaceFrameResult(CardFaceFields? Fields, CardFaceIssue Issue)
{
    public static CardFaceFrameResult Failed(CardFaceIssue issue) => new(null, issue);

    public bool Succeeded => Fields is not null;
}
