using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>
/// The reader's attempts with thresholds never fitted on the people they are counted on: per identity fold (as in
/// <see cref="ThresholdCrossValidation"/>), each condition's threshold is set at the target FMR on single-frame
/// impostor pairs of the other folds' people, compared as the engine compares (its mask classifier, its masked
/// comparison); the fold's own people then make their attempts at those thresholds, by the configured rule.
/// </summary>
internal static class HeldOutAttempts
{
    public static IReadOnlyList<AttemptRow> Run(
        FaceEngine engine, IReadOnlyList<ObservedImage> images, IReadOnlyList<Reference> references, double targetFmr)
    {
        var analyses = new Dictionary<(Reference, ObservedImage), FrameAnalysis>();
        FrameAnalysis Analyse(Reference r, ObservedImage i)
        {
            if (!analyses.TryGetValue((r, i), out FrameAnalysis? a)) analyses[(r, i)] = a = engine.Analyse(i.Observation, r.Faces!);
            return a;
        }

        string[] identities = [.. images.Select(i => i.Image.Identity).Distinct().Order(StringComparer.Ordinal)];
        var fold = identities.Select((identity, n) => (identity, n % ThresholdCrossValidation.Folds)).ToDictionary(x => x.identity, x => x.Item2, StringComparer.Ordinal);
        Reference[] usable = [.. references.Where(r => r.Faces is not null)];
        var counts = new Dictionary<string, Dictionary<FaceVerificationOutcome, int>>(StringComparer.Ordinal);
        for (int f = 0; f < ThresholdCrossValidation.Folds; f++)
        {
            // single-frame impostor scores of the training people, grouped by the engine's mask decision
            var training = (from r in usable
                            where fold[r.Image.Identity] != f
                            from i in images
                            where fold[i.Image.Identity] != f && i.Image.Identity != r.Image.Identity
                            select Analyse(r, i)).Where(a => a.Similarity is not null).ToList();
            float unmasked = Threshold(training.Where(a => !a.IsMasked), targetFmr);
            float masked = Threshold(training.Where(a => a.IsMasked), targetFmr);
            if (masked == float.MinValue) masked = unmasked;
            FrameAnalysis AtFold(Reference r, ObservedImage i)
            {
                FrameAnalysis a = Analyse(r, i);
                return a.Similarity is null ? a : a with { Threshold = a.IsMasked ? masked : unmasked };
            }

            ObservedImage[] held = [.. images.Where(i => fold[i.Image.Identity] == f)];
            foreach (AttemptRow row in ReaderAttempts.Run(held, usable.Where(r => fold[r.Image.Identity] == f), AtFold, engine.Options.Decision, unmasked))
            {
                if (!counts.TryGetValue(row.Name, out var outcomes)) counts[row.Name] = outcomes = [];
                foreach ((FaceVerificationOutcome outcome, int n) in row.Outcomes) outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + n;
            }
        }

        return [.. ReaderAttempts.Rows.Where(counts.ContainsKey).Select(name => new AttemptRow(name, counts[name]))];
    }

    private static float Threshold(IEnumerable<FrameAnalysis> impostors, double targetFmr) =>
        new ErrorRates([], [.. impostors.Select(a => a.Similarity!.Value)]).ThresholdAtFmr(targetFmr);
}
