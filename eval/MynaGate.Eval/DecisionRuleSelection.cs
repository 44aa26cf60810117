using System.Globalization;
using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>One candidate rule's cross-validated attempts.</summary>
internal sealed record RuleScore(DecisionRule Rule, IReadOnlyList<AttemptRow> Rows)
{
    public AttemptSummary Summary { get; } = AttemptSummary.Of(Rows);

    /// <summary>Genuine attempts matched, bare and masked-then-lowered together.</summary>
    public double GenuineMatched
    {
        get
        {
            AttemptRow[] genuine = [.. Rows.Where(ReaderAttempts.IsGenuineOutcome)];
            int n = genuine.Sum(r => r.Count);
            return n == 0 ? double.NaN : genuine.Sum(r => r.Outcomes.GetValueOrDefault(FaceVerificationOutcome.Matched)) / (double)n;
        }
    }

    /// <summary>The wait of every genuine attempt, bare and masked-then-lowered, in frames.</summary>
    public IReadOnlyList<double> GenuineFrames { get; } = ReaderAttempts.GenuineFrames(Rows);
}

/// <summary>
/// Chooses the multi-frame rule (the per-frame thresholds' FMR, the frames compared, the time-out) without seeing
/// the people it is reported on. The choice: among the candidates whose impostor attempts accepted stay within the
/// target, the one matching most genuine attempts, then the shortest wait, then the longest time-out; when none
/// stays within it, the fewest impostors accepted. It is made on cross-validated attempts of the people it may see:
/// for the held-out figures (nested), per identity fold on the other folds' people only, then counted on the fold
/// at thresholds fitted on the others; for what ships, on everyone.
/// </summary>
internal static class DecisionRuleSelection
{
    /// <summary>Impostor attempts accepted that a rule may allow (the issue's target).</summary>
    public const double ImpostorAttemptTarget = 0.001;

    private static readonly double[] TargetFmrs = [0.001, 0.0005, 0.0002];
    private static readonly int[] FramesToDecide = [3, 5, 7];
    private static readonly int[] BudgetsMilliseconds = [3000, 5000, 8000];

    public static IReadOnlyList<DecisionRule> Candidates(DecisionPolicy configured) =>
        [.. from fmr in TargetFmrs from frames in FramesToDecide from budget in BudgetsMilliseconds
            select new DecisionRule(fmr, configured with { FramesToDecide = frames, BudgetMilliseconds = budget })];

    /// <summary>Every candidate cross-validated over the given identities (6 folds).</summary>
    public static IReadOnlyList<RuleScore> Score(
        ReplayedAnalyses analyses, IReadOnlyList<ObservedImage> images, IReadOnlyList<Reference> references, IReadOnlyCollection<string> identities,
        IReadOnlyList<DecisionRule> candidates, double framesPerSecond)
    {
        IReadOnlyList<IReadOnlyList<AttemptRow>> rows = HeldOutAttempts.Run(analyses, images, references, identities, candidates, framesPerSecond);
        return [.. candidates.Select((rule, n) => new RuleScore(rule, rows[n]))];
    }

    public static RuleScore Choose(IReadOnlyList<RuleScore> scores)
    {
        var within = scores.Where(s => s.Summary.ImpostorAccepted <= ImpostorAttemptTarget).ToList();
        IEnumerable<RuleScore> pool = within.Count > 0 ? within
            : scores.Where(s => s.Summary.ImpostorAccepted == scores.Min(t => t.Summary.ImpostorAccepted));
        // still images cannot show a patient who is still settling in front of the camera, so between time-outs
        // they cannot tell apart the longest is kept
        return pool.OrderByDescending(s => s.GenuineMatched).ThenBy(s => Percentile.Of(s.GenuineFrames, 50))
            .ThenByDescending(s => s.Rule.Policy.BudgetMilliseconds).First();
    }

    /// <summary>
    /// Nested: each fold's people attempt by the rule chosen on the other folds' people, at thresholds fitted on
    /// those same others. Returns the summed held-out attempts and the rule each fold was given.
    /// </summary>
    public static (IReadOnlyList<AttemptRow> Rows, IReadOnlyList<DecisionRule> Chosen) Nested(
        ReplayedAnalyses analyses, IReadOnlyList<ObservedImage> images, IReadOnlyList<Reference> references,
        IReadOnlyList<DecisionRule> candidates, double framesPerSecond)
    {
        IReadOnlyDictionary<string, int> fold = HeldOutAttempts.Folds(images.Select(i => i.Image.Identity));
        var rows = new List<AttemptRow>();
        var chosen = new List<DecisionRule>();
        for (int f = 0; f < ThresholdCrossValidation.Folds; f++)
        {
            int held = f;
            string[] others = [.. fold.Where(kv => kv.Value != held).Select(kv => kv.Key)];
            DecisionRule rule = Choose(Score(analyses, images, references, others, candidates, framesPerSecond)).Rule;
            chosen.Add(rule);
            rows.AddRange(HeldOutAttempts.Split(analyses, images, references,
                training: id => fold[id] != held, heldOut: id => fold[id] == held, [rule], framesPerSecond)[0]);
        }

        return (AttemptRow.Sum(rows), chosen);
    }

    public static void Print(IReadOnlyList<RuleScore> scores, RuleScore chosen, double framesPerSecond)
    {
        Console.WriteLine($"multi-frame rules, each cross-validated over identities ({ThresholdCrossValidation.Folds} folds; * the one chosen: impostor attempts " +
            $"accepted ≤ {ImpostorAttemptTarget * 100:0.##} %, then most genuine matched, then shortest wait, then longest time-out):");
        Console.WriteLine($"  {"thresholds at FMR",18} {"frames",7} {"time-out",12} {"bare matched",13} {"masked,lowered",15} {"impostor acc.",14} {"genuine wait p50/p95",22}");
        foreach (RuleScore s in scores)
        {
            double p50 = Percentile.Of(s.GenuineFrames, 50), p95 = Percentile.Of(s.GenuineFrames, 95);
            string budget = $"{s.Rule.Policy.BudgetMilliseconds / 1000.0:0.#} s/{ReaderAttempts.BudgetFrames(s.Rule.Policy, framesPerSecond)} f";
            Console.WriteLine((s == chosen ? "* " : "  ") + string.Create(CultureInfo.InvariantCulture,
                $"{s.Rule.TargetFmr * 100,16:0.###} % {s.Rule.Policy.FramesToDecide,7} {budget,12} {FaceEvaluation.Pct(s.Summary.BareMatched),13} " +
                $"{FaceEvaluation.Pct(s.Summary.MaskedLoweredMatched),15} {s.Summary.ImpostorAccepted * 100,12:F2} % {$"{p50:F0}/{p95:F0} f = {p50 / framesPerSecond:F1}/{p95 / framesPerSecond:F1} s",22}"));
        }
    }
}
