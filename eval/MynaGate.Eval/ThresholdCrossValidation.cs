using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>Held-out error rates of one way of comparing masked faces, and the thresholds it ships with.</summary>
internal sealed record CrossValidatedRow(
    MaskedComparison Comparison, double UnmaskedFnmr, double MaskedFnmr, double Fmr, int GenuinePairs, int ImpostorPairs,
    float UnmaskedThreshold, float MaskedThreshold);

/// <summary>
/// Thresholds chosen without seeing the people they are reported on: the identities are dealt into folds; for each
/// fold the per-condition thresholds are set at the target FMR on the impostor pairs of the other folds' people only,
/// and FNMR and FMR are counted on the pairs whose probe and reference are both people of the held-out fold. The
/// condition is the held-out mask classifier's decision, as the engine would make it. The thresholds that ship are
/// fitted the same way on everyone; the held-out figures are what to expect of them on new people.
/// </summary>
internal static class ThresholdCrossValidation
{
    public const int Folds = 6;

    public static IReadOnlyList<CrossValidatedRow> Run(
        IReadOnlyList<Probe> probes, IReadOnlyList<Reference> references, IReadOnlyDictionary<Probe, bool> predictedMasked, double targetFmr)
    {
        string[] identities = [.. references.Select(r => r.Image.Identity).Concat(probes.Select(p => p.Image.Identity)).Distinct().Order(StringComparer.Ordinal)];
        var fold = identities.Select((identity, i) => (identity, i % Folds)).ToDictionary(x => x.identity, x => x.Item2, StringComparer.Ordinal);
        var pairs = ScoredPair.AllPairs(probes, references);
        bool Masked(Probe p) => predictedMasked.TryGetValue(p, out bool m) && m;

        var rows = new List<CrossValidatedRow>();
        foreach (MaskedComparison comparison in Enum.GetValues<MaskedComparison>())
        {
            List<ScoredPair> scored = ScoredPair.ScoreAll(pairs, comparison, Masked);
            var heldOut = new List<ScoredPair>();
            var acceptedHeldOut = new HashSet<ScoredPair>();
            for (int f = 0; f < Folds; f++)
            {
                bool InFold(ScoredPair s) => fold[s.Probe.Image.Identity] == f && fold[s.Reference.Image.Identity] == f;
                bool Training(ScoredPair s) => fold[s.Probe.Image.Identity] != f && fold[s.Reference.Image.Identity] != f;
                var training = scored.Where(Training).ToList();
                (float unmasked, float masked) = Fit(training, targetFmr);
                foreach (ScoredPair s in scored.Where(InFold))
                {
                    heldOut.Add(s);
                    if (s.Accepted(unmasked, masked))
                    {
                        acceptedHeldOut.Add(s);
                    }
                }
            }

            double Fnmr(bool trulyMasked)
            {
                var genuine = heldOut.Where(s => s.Genuine && s.Probe.Image.Masked == trulyMasked).ToList();
                return genuine.Count == 0 ? double.NaN : genuine.Count(s => !acceptedHeldOut.Contains(s)) / (double)genuine.Count;
            }

            var impostors = heldOut.Where(s => !s.Genuine).ToList();
            (float shippedUnmasked, float shippedMasked) = Fit(scored, targetFmr);
            rows.Add(new CrossValidatedRow(comparison, Fnmr(false), Fnmr(true),
                impostors.Count == 0 ? double.NaN : impostors.Count(acceptedHeldOut.Contains) / (double)impostors.Count,
                heldOut.Count(s => s.Genuine), impostors.Count, shippedUnmasked, shippedMasked));
        }

        return rows;
    }

    public static CrossValidatedRow Best(IReadOnlyList<CrossValidatedRow> rows) =>
        rows.OrderBy(r => r.MaskedFnmr).ThenBy(r => r.UnmaskedFnmr).First();

    public static void Print(IReadOnlyList<CrossValidatedRow> rows, double targetFmr)
    {
        Console.WriteLine($"thresholds cross-validated over identities ({Folds} folds; set at FMR {targetFmr * 100:0.###} % on the other folds' people, counted on the held-out fold's):");
        Console.WriteLine($"{"masked probes compared by",-28} {"unmasked FNMR",14} {"masked FNMR",12} {"FMR",8} {"pairs gen/imp",14} {"fit on all: unm.",17} {"mask",8}");
        foreach (CrossValidatedRow r in rows)
        {
            Console.WriteLine($"{r.Comparison,-28} {FaceEvaluation.Pct(r.UnmaskedFnmr),14} {FaceEvaluation.Pct(r.MaskedFnmr),12} {FaceEvaluation.Pct(r.Fmr),8} " +
                $"{r.GenuinePairs + "/" + r.ImpostorPairs,14} {r.UnmaskedThreshold,17:F4} {r.MaskedThreshold,8:F4}");
        }
    }

    // per condition at the target FMR; a condition without impostors falls back to the unmasked threshold
    private static (float Unmasked, float Masked) Fit(IReadOnlyList<ScoredPair> pairs, double targetFmr)
    {
        float unmasked = ScoredPair.ThresholdAtFmr(pairs, false, targetFmr);
        float masked = ScoredPair.ThresholdAtFmr(pairs, true, targetFmr);
        return (unmasked, masked == float.MinValue ? unmasked : masked);
    }
}
