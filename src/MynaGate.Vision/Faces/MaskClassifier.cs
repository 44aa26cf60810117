namespace MynaGate.Vision.Faces;

/// <summary>
/// Says whether a face wears a mask from its own embedding: a logistic regression fitted by
/// <c>./mynagate eval face</c> on MFR2's mask labels (the embedding already separates covered from bare lower faces,
/// so no second network is needed per frame).
/// </summary>
public sealed class MaskClassifier(MaskClassifierWeights weights)
{
    public float Probability(FaceEmbedding embedding)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        float z = weights.Bias + FaceEmbedding.Dot(weights.Weights, embedding.Vector);
        return 1f / (1f + MathF.Exp(-z));
    }

    public bool IsMasked(float probability) => probability >= weights.Threshold;
}
