using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>FNMR at FMR 0.1 % of one way of comparing, per true probe condition, with the thresholds it needs.</summary>
internal sealed record PolicyRow(
    string Name, MaskedComparison Comparison, bool UsesClassifier,
    double UnmaskedFnmr1, double UnmaskedFnmr, double MaskedFnmr1, double MaskedFnmr,
    float UnmaskedThreshold, float MaskedThreshold, double UnmaskedEer, double MaskedEer, double MaskedThenLoweredFnmr);

/// <summary>
/// Compares the mask policies on all reference × probe pairs. Thresholds are set per condition group at the FMR on
/// that group's impostors; the group is the true label for the baseline rows and the held-out mask classifier's
/// decision for the policies the engine can run. A probe without a detected face fails every comparison.
/// </summary>
internal sealed class PolicyTable
{
    private readonly List<PolicyRow> _rows = [];
    private int _genuineUnmasked, _genuineMasked, _impostorUnmasked, _impostorMasked;

    public PolicyRow Best => _rows.Where(r => r.UsesClassifier).OrderBy(r => r.MaskedFnmr).ThenBy(r => r.MaskedFnmr1).ThenBy(r => r.UnmaskedFnmr).First();

    public static PolicyTable Compute(IReadOnlyList<Probe> probes, IReadOnlyList<Reference> references, IReadOnlyDictionary<Probe, bool> predictedMasked)
    {
        var pairs = ScoredPair.AllPairs(probes, references);
        var table = new PolicyTable
        {
            _genuineUnmasked = pairs.Count(x => x.Genuine && !x.Probe.Image.Masked),
            _genuineMasked = pairs.Count(x => x.Genuine && x.Probe.Image.Masked),
            _impostorUnmasked = pairs.Count(x => !x.Genuine && !x.Probe.Image.Masked),
            _impostorMasked = pairs.Count(x => !x.Genuine && x.Probe.Image.Masked),
        };

        bool Truth(Probe p) => p.Image.Masked;
        bool Predicted(Probe p) => predictedMasked.TryGetValue(p, out bool m) && m;
        table._rows.Add(Row("whole face, one threshold", MaskedComparison.WholeFace, pairs, _ => false, false));
        table._rows.Add(Row("whole face, per-condition thresholds (labels)", MaskedComparison.WholeFace, pairs, Truth, false));
        foreach (MaskedComparison comparison in Enum.GetValues<MaskedComparison>())
        {
            table._rows.Add(Row($"{comparison}, per-condition thresholds (labels)", comparison, pairs, Truth, false));
            table._rows.Add(Row($"{comparison}, per-condition thresholds (classifier)", comparison, pairs, Predicted, true));
        }

        return table;
    }

    public void Print()
    {
        Console.WriteLine($"pairs: genuine {_genuineUnmasked} unmasked + {_genuineMasked} masked probes; impostor {_impostorUnmasked} unmasked + {_impostorMasked} masked");
        Console.WriteLine($"{"policy (masked probes compared by …)",-52} {"unmasked FNMR",15} {"masked FNMR",15} {"EER",13} {"thresholds @0.1%",17}");
        Console.WriteLine($"{string.Empty,-52} {"@1%",7} {"@0.1%",7} {"@1%",7} {"@0.1%",7} {"unm.",6} {"mask",6} {"unm.",8} {"mask",8}");
        foreach (PolicyRow r in _rows)
        {
            Console.WriteLine($"{r.Name,-52} {P(r.UnmaskedFnmr1),7} {P(r.UnmaskedFnmr),7} {P(r.MaskedFnmr1),7} {P(r.MaskedFnmr),7} " +
                $"{P(r.UnmaskedEer),6} {P(r.MaskedEer),6} {r.UnmaskedThreshold,8:F4} {r.MaskedThreshold,8:F4}");
        }
    }

    private static string P(double v) => double.IsNaN(v) ? "n/a" : (v * 100).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);

    private static PolicyRow Row(string name, MaskedComparison comparison, List<(Reference Reference, Probe Probe, bool Genuine)> pairs, Func<Probe, bool> maskedGroup, bool usesClassifier)
    {
        List<ScoredPair> scored = ScoredPair.ScoreAll(pairs, comparison, maskedGroup);
        float Threshold(bool group, double fmr) => ScoredPair.ThresholdAtFmr(scored, group, fmr);

        float unm1 = Threshold(false, 0.01), unm01 = Threshold(false, 0.001), m1 = Threshold(true, 0.01), m01 = Threshold(true, 0.001);
        double Fnmr(bool trulyMasked, float unmaskedThreshold, float maskedThreshold)
        {
            var genuine = scored.Where(s => s.Genuine && s.Probe.Image.Masked == trulyMasked).ToList();
            return genuine.Count == 0 ? double.NaN : genuine.Count(s => !s.Accepted(unmaskedThreshold, maskedThreshold)) / (double)genuine.Count;
        }

        double Eer(bool trulyMasked)
        {
            var subset = scored.Where(s => s.Probe.Image.Masked == trulyMasked).ToList();
            return new ErrorRates([.. subset.Where(s => s.Genuine).Select(s => s.Score)], [.. subset.Where(s => !s.Genuine).Select(s => s.Score)]).Eer();
        }

        // A masked attempt that fails is retried bare: with the person's first other bare image against the same reference.
        double MaskedThenLowered()
        {
            var masked = scored.Where(s => s.Genuine && s.Probe.Image.Masked).ToList();
            int failures = 0;
            foreach (var attempt in masked.Where(s => !s.Accepted(unm01, m01)))
            {
                var retry = scored.FirstOrDefault(s => s.Genuine && !s.Probe.Image.Masked && s.Reference == attempt.Reference && s.Probe.Image.Identity == attempt.Probe.Image.Identity);
                if (retry.Probe is null || !retry.Accepted(unm01, m01))
                {
                    failures++;
                }
            }

            return masked.Count == 0 ? double.NaN : failures / (double)masked.Count;
        }

        return new PolicyRow(name, comparison, usesClassifier,
            Fnmr(false, unm1, m1), Fnmr(false, unm01, m01), Fnmr(true, unm1, m1), Fnmr(true, unm01, m01),
            unm01, m01 == float.MinValue ? unm01 : m01, Eer(false), Eer(true), MaskedThenLowered());
    }
}
