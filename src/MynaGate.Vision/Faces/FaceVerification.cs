namespace MynaGate.Vision.Faces;

/// <summary>
/// The result of a multi-frame verification: the outcome, the quality reason that held frames back most often
/// (for a timeout), the best similarity against its threshold, and the counts behind the decision.
/// </summary>
public sealed record FaceVerification(
    FaceVerificationOutcome Outcome,
    QualityReason? Reason,
    float BestSimilarity,
    float Threshold,
    int FramesSeen,
    int FramesCompared,
    double LiveFraction,
    TimeSpan Elapsed);
