using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

internal sealed record MaskResults(
    double Accuracy, int Correct, int Total, double MaskedRecall, double BareRecall,
    IReadOnlyDictionary<Probe, bool> HeldOutMasked, MaskClassifierWeights FittedOnAll);

/// <summary>Fits the embedding → masked classifier and measures it with leave-one-identity-out cross-validation.</summary>
internal static class MaskClassification
{
    public static MaskResults CrossValidate(IReadOnlyList<Probe> probes)
    {
        Probe[] usable = [.. probes.Where(p => p.Faces is not null)];
        var heldOut = new Dictionary<Probe, bool>();
        foreach (string identity in usable.Select(p => p.Image.Identity).Distinct())
        {
            Probe[] train = [.. usable.Where(p => p.Image.Identity != identity)];
            (float[] w, float b) = LogisticRegression.Fit([.. train.Select(Features)], [.. train.Select(p => p.Image.Masked)]);
            foreach (Probe p in usable.Where(p => p.Image.Identity == identity))
            {
                heldOut[p] = LogisticRegression.Probability(w, b, Features(p)) >= 0.5;
            }
        }

        int correct = heldOut.Count(kv => kv.Value == kv.Key.Image.Masked);
        int masked = heldOut.Count(kv => kv.Key.Image.Masked), bare = heldOut.Count - masked;
        (float[] weights, float bias) = LogisticRegression.Fit([.. usable.Select(Features)], [.. usable.Select(p => p.Image.Masked)]);
        return new MaskResults(
            correct / (double)heldOut.Count, correct, heldOut.Count,
            heldOut.Count(kv => kv.Key.Image.Masked && kv.Value) / (double)Math.Max(1, masked),
            heldOut.Count(kv => !kv.Key.Image.Masked && !kv.Value) / (double)Math.Max(1, bare),
            heldOut, new MaskClassifierWeights(weights, bias, 0.5f));
    }

    private static float[] Features(Probe p) => p.Faces!.Whole.Vector.ToArray();
}
