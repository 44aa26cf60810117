namespace MynaGate.Vision.Faces;

/// <summary>
/// Cosine-similarity thresholds per probe condition, each set at <see cref="TargetFmr"/> on that condition's own
/// impostor pairs (a threshold tuned on bare faces is wrong for masked ones), and how masked faces are compared.
/// </summary>
public sealed record MatchThresholds(float Unmasked, float Masked, float TargetFmr, MaskedComparison MaskedComparison);
