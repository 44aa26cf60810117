namespace MynaGate.Vision.Faces;

/// <summary>
/// What the engine made of one live frame: the chosen face, its quality, the mask and liveness figures and the
/// comparison with the chip photo. Figures are null for stages that did not run (no face, or a poor frame).
/// </summary>
public sealed record FrameAnalysis(
    DetectedFace? Face,
    FaceQuality? Quality,
    IReadOnlyList<QualityReason> Reasons,
    float? MaskProbability,
    LivenessScore? Liveness,
    float? Similarity,
    float Threshold,
    StageTimings Timings)
{
    public bool IsMasked => Reasons.Contains(QualityReason.Masked);

    /// <summary>Compared, and at or above the threshold of its condition.</summary>
    public bool Matches => Similarity is float s && s >= Threshold;
}
