namespace MynaGate.Vision.Faces;

/// <summary>
/// The measured quality of one face in one frame and the reasons it falls short (empty when good). Pose angles
/// are estimates from the five landmarks, good enough to tell "look at the camera" from "fine".
/// </summary>
public sealed record FaceQuality(
    float EyeDistance,
    float FaceFraction,
    float CentreOffset,
    double Brightness,
    double Contrast,
    double Sharpness,
    float YawDegrees,
    float PitchDegrees,
    float RollDegrees,
    double EyeContrast,
    IReadOnlyList<QualityReason> Reasons)
{
    /// <summary>No reason holds the frame back; <see cref="Advice"/> may still guide the patient.</summary>
    public bool IsGood => Reasons.Count == 0;

    /// <summary>What the patient is asked to change without the frame being held back (a turned face, unless the limits hold it back).</summary>
    public IReadOnlyList<QualityReason> Advice { get; init; } = [];

    /// <summary>0–1 ranking of frames for comparison: sharper, more frontal, bigger is better.</summary>
    public float Rank =>
        (MathF.Min(1f, (float)Sharpness / 200f) + (1f - MathF.Min(1f, (MathF.Abs(YawDegrees) + MathF.Abs(PitchDegrees)) / 60f)) + MathF.Min(1f, EyeDistance / 120f)) / 3f;
}
