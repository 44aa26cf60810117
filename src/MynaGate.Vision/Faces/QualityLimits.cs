namespace MynaGate.Vision.Faces;

/// <summary>
/// Limits of the per-frame quality checks. Face size is the distance between the eyes in pixels; angles are in
/// degrees estimated from the five landmarks; brightness and contrast are grey levels of the face box.
/// The reasons in <see cref="Advisory"/> are guidance only: the patient is asked (to look at the camera, to come
/// closer, to step back) and the frame is compared all the same. On both development sets, pooled, holding such
/// frames back cost matches and stopped no impostor at the same FMR (`eval face`'s gate table); the other checks hold
/// a frame back.
/// </summary>
public sealed record QualityLimits(
    float MinEyeDistance = 28,
    float MaxFaceFraction = 0.8f,
    float MaxCentreOffset = 0.3f,
    double MinBrightness = 50,
    double MaxBrightness = 215,
    double MinContrast = 18,
    double MinSharpness = 20,
    float MaxYaw = 30,
    float MaxPitch = 25,
    float MaxRoll = 20,
    double MinEyeContrast = 6)
{
    /// <summary>The reasons that guide without holding a frame back (the default: turned, too far, too close).</summary>
    public IReadOnlyList<QualityReason> Advisory { get; init; } = [QualityReason.Turned, QualityReason.TooFar, QualityReason.TooClose];
}
