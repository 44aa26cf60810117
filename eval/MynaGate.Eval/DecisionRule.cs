using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>A multi-frame rule to choose: the FMR its per-frame thresholds are set at, and the decision policy.</summary>
internal sealed record DecisionRule(double TargetFmr, DecisionPolicy Policy)
{
    public override string ToString() =>
        FormattableString.Invariant($"FMR {TargetFmr * 100:0.###} %, {Policy.FramesToDecide} frames, {Policy.BudgetMilliseconds / 1000.0:0.#} s");
}
