namespace MynaGate.Vision.Faces;

/// <summary>
/// Limits of the per-frame quality checks. Face size is the distance between the eyes in pixels; angles are in
/// degrees estimated from the five landmarks; brightness and contrast are grey levels of the face box.
/// <see cref="PoseHoldsBack"/> false makes a turned face guidance only: the patient is asked to look at the camera, and
/// the frame is compared all the same (on both development sets holding turned frames back cost matches and stopped no
/// impostor: `eval face`'s gate table).
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
    double MinEyeContrast = 6,
    bool PoseHoldsBack = false);
