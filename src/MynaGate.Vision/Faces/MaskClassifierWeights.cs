namespace MynaGate.Vision.Faces;

/// <summary>Logistic regression over the recognizer's embedding that says whether the face wears a mask.</summary>
public sealed record MaskClassifierWeights(float[] Weights, float Bias, float Threshold);
