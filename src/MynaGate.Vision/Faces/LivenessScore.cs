namespace MynaGate.Vision.Faces;

/// <summary>P(real) from MiniFASNetV2, MiniFASNetV1SE and their mean.</summary>
public readonly record struct LivenessScore(float RealV2, float RealV1Se, float Real);
