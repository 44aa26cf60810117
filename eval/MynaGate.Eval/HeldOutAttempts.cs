using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>
/// The reader's attempts with thresholds never fitted on the people they are counted on: the given identities are
/// dealt into folds (as in <see cref="ThresholdCrossValidation"/>); per fold, each condition's threshold is set at the
/// rule's FMR on single-frame impostor pairs of the other folds' people, compared as the engine compares (its mask
/// classifier, its masked comparison); the fold's own people then make their attempts at those thresholds by the
/// rule's policy.
/// </summary>
internal static class HeldOutAttempts
{
    /// <returns>Per rule, in the order given, the held-out attempts summed over the folds.</returns>
    public static IReadOnlyList<IReadOnlyList<AttemptRow>> Run(
        ReplayedAnalyses analyses, IReadOnlyList<ObservedImage> images, IReadOnlyList<Reference> references, IReadOnlyCollection<string> identities,
        IReadOnlyList<DecisionRule> rules, double framesPerSecond)
    {
        IReadOnlyDictionary<string, int> fold = Folds(identities);
        var perRule = rules.Select(_ => new List<AttemptRow>()).ToArray();
        for (int f = 0; f < ThresholdCrossValidation.Folds; f++)
        {
            int held = f;
            IReadOnlyList<IReadOnlyList<AttemptRow>> split = Split(analyses, images, references,
                training: id => fold.TryGetValue(id, out int n) && n != held, heldOut: id => fold.TryGetValue(id, out int n) && n == held, rules, framesPerSecond);
            for (int n = 0; n < rules.Count; n++)
            {
                perRule[n].AddRange(split[n]);
            }
        }

        return [.. perRule.Select(AttemptRow.Sum)];
    }

    /// <summary>The identities dealt into folds in name order, as <see cref="ThresholdCrossValidation"/> deals them.</summary>
    public static IReadOnlyDictionary<string, int> Folds(IEnumerable<string> identities) =>
        identities.Distinct().Order(StringComparer.Ordinal).Select((identity, n) => (identity, n % ThresholdCrossValidation.Folds))
            .ToDictionary(x => x.identity, x => x.Item2, StringComparer.Ordinal);

    /// <returns>Per rule, the held-out people's attempts at thresholds set at the rule's FMR on the training people's
    /// single-frame impostor pairs.</returns>
    public static IReadOnlyList<IReadOnlyList<AttemptRow>> Split(
        ReplayedAnalyses analyses, IReadOnlyList<ObservedImage> images, IReadOnlyList<Reference> references,
        Func<string, bool> training, Func<string, bool> heldOut, IReadOnlyList<DecisionRule> rules, double framesPerSecond)
    {
        // single-frame impostor scores of the training people, grouped by the engine's mask decision
        var scores = (from r in references
                      where r.Faces is not null && training(r.Image.Identity)
                      from i in images
                      where training(i.Image.Identity) && i.Image.Identity != r.Image.Identity
                      select analyses.Analyse(r, i)).Where(a => a.Similarity is not null).ToList();
        var unmaskedScores = new ErrorRates([], [.. scores.Where(a => !a.IsMasked).Select(a => a.Similarity!.Value)]);
        var maskedScores = new ErrorRates([], [.. scores.Where(a => a.IsMasked).Select(a => a.Similarity!.Value)]);
        ObservedImage[] held = [.. images.Where(i => heldOut(i.Image.Identity))];
        Reference[] heldReferences = [.. references.Where(r => r.Faces is not null && heldOut(r.Image.Identity))];
        return [.. rules.Select(rule =>
        {
            float unmasked = unmaskedScores.ThresholdAtFmr(rule.TargetFmr);
            float masked = maskedScores.ThresholdAtFmr(rule.TargetFmr);
            if (masked == float.MinValue) masked = unmasked;
            FrameAnalysis AtFold(Reference r, ObservedImage i)
            {
                FrameAnalysis a = analyses.Analyse(r, i);
                return a.Similarity is null ? a : a with { Threshold = a.IsMasked ? masked : unmasked };
            }

            return ReaderAttempts.Run(held, heldReferences, AtFold, rule.Policy, unmasked, framesPerSecond);
        })];
    }
}
