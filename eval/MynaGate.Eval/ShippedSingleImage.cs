using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>Single-frame error rates at the thresholds and mask classifier the engine ships.</summary>
internal sealed record ShippedRates(double UnmaskedFnmr, double MaskedFnmr, double Fmr, int GenuineUnmasked, int GenuineMasked, int Impostors)
{
    public int Pairs => GenuineUnmasked + GenuineMasked + Impostors;
}

/// <summary>
/// Every reference × other image, compared by the engine exactly as the reader compares one frame: its mask
/// classifier picks the condition, its shipped thresholds decide. A frame the quality checks hold back counts as not
/// matched, as the reader would not compare it.
/// </summary>
internal static class ShippedSingleImage
{
    public static ShippedRates Measure(FaceEngine engine, IReadOnlyList<ObservedImage> images, IReadOnlyList<Reference> references) =>
        Count(images, references, (reference, probe) => engine.Analyse(probe.Observation, reference.Faces!).Matches);

    /// <summary>The rates over every reference × other image, with <paramref name="matched"/> deciding each pair.</summary>
    public static ShippedRates Count(IReadOnlyList<ObservedImage> images, IReadOnlyList<Reference> references, Func<Reference, ObservedImage, bool> matched)
    {
        int genuineUnmasked = 0, genuineMasked = 0, impostors = 0, missedUnmasked = 0, missedMasked = 0, falseMatches = 0;
        foreach (Reference reference in references.Where(r => r.Faces is not null))
        {
            foreach (ObservedImage probe in images.Where(i => i.Image.Path != reference.Image.Path))
            {
                bool accepted = matched(reference, probe);
                if (probe.Image.Identity != reference.Image.Identity)
                {
                    impostors++;
                    falseMatches += accepted ? 1 : 0;
                }
                else if (probe.Image.Masked)
                {
                    genuineMasked++;
                    missedMasked += accepted ? 0 : 1;
                }
                else
                {
                    genuineUnmasked++;
                    missedUnmasked += accepted ? 0 : 1;
                }
            }
        }

        return new ShippedRates(Rate(missedUnmasked, genuineUnmasked), Rate(missedMasked, genuineMasked), Rate(falseMatches, impostors),
            genuineUnmasked, genuineMasked, impostors);
    }

    private static double Rate(int count, int total) => total == 0 ? double.NaN : count / (double)total;
}
