namespace MynaGate.Vision.Faces;

/// <summary>YuNet settings; MaxSide downsizes large frames before detection (the face of a patient at a kiosk is big).</summary>
public sealed record DetectorOptions(float ScoreThreshold = 0.8f, float NmsThreshold = 0.3f, int TopK = 50, int MaxSide = 320);
