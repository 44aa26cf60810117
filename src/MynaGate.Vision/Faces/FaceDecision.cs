namespace MynaGate.Vision.Faces;

/// <summary>
/// The multi-frame rule of one verification attempt, fed one analysed frame at a time: poor frames are skipped (their
/// reasons counted for guidance), a clear match on a live frame accepts at once, otherwise the best-quality compared
/// frames decide and liveness is a vote across all compared frames. <see cref="FaceVerifier"/> runs it on a camera;
/// the evaluation replays it on recorded frames, so what is measured is what the reader decides.
/// </summary>
public sealed class FaceDecision(DecisionPolicy policy, float unmaskedThreshold)
{
    private const int MinLiveVotes = 2;
    private const int BestFrames = 3;

    private readonly List<FrameAnalysis> _compared = [];
    private readonly Dictionary<QualityReason, int> _heldBack = [];
    private int _seen;

    /// <summary>Takes a frame's analysis; returns the decision when this frame settles it, otherwise null.</summary>
    public FaceVerification? Add(FrameAnalysis analysis, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _seen++;
        if (analysis.Similarity is null)
        {
            foreach (QualityReason reason in analysis.Reasons)
            {
                _heldBack[reason] = _heldBack.GetValueOrDefault(reason) + 1;
            }

            return null;
        }

        _compared.Add(analysis);
        if (IsLive(analysis) && _compared.Count(IsLive) >= MinLiveVotes && analysis.Similarity >= analysis.Threshold + policy.EarlyAcceptMargin)
        {
            return Result(FaceVerificationOutcome.Matched, null, elapsed);
        }

        return _compared.Count >= policy.FramesToDecide ? Decide(elapsed) : null;
    }

    /// <summary>The time budget is over: decide on what was compared, or time out with the commonest reason.</summary>
    public FaceVerification BudgetEnded(TimeSpan elapsed) =>
        _compared.Count >= MinLiveVotes ? Decide(elapsed) : Result(FaceVerificationOutcome.TimedOut, MostFrequentReason() ?? QualityReason.NoFace, elapsed);

    /// <summary>The camera delivered no more frames.</summary>
    public FaceVerification CameraEnded(TimeSpan elapsed) => Result(FaceVerificationOutcome.CameraEnded, MostFrequentReason(), elapsed);

    private bool IsLive(FrameAnalysis a) => a.Liveness is { } l && l.Real >= policy.LivenessThreshold;

    private FaceVerification Decide(TimeSpan elapsed)
    {
        if (LiveFraction() < policy.LiveFraction)
        {
            return Result(FaceVerificationOutcome.NotLive, null, elapsed);
        }

        // median margin of the best-quality frames: one lucky or unlucky frame does not decide
        float[] margins = [.. _compared.OrderByDescending(a => a.Quality!.Rank).Take(BestFrames)
            .Select(a => a.Similarity!.Value - a.Threshold).Order()];
        if (margins[margins.Length / 2] >= 0)
        {
            return Result(FaceVerificationOutcome.Matched, null, elapsed);
        }

        bool masked = _compared.Count(a => a.IsMasked) >= Math.Min(policy.MaskedFramesBeforePrompt, _compared.Count);
        return Result(masked ? FaceVerificationOutcome.LowerMask : FaceVerificationOutcome.NotMatched, masked ? QualityReason.Masked : null, elapsed);
    }

    private double LiveFraction() => _compared.Count == 0 ? 0 : _compared.Count(IsLive) / (double)_compared.Count;

    private FaceVerification Result(FaceVerificationOutcome outcome, QualityReason? reason, TimeSpan elapsed)
    {
        FrameAnalysis? best = _compared.MaxBy(a => a.Similarity!.Value - a.Threshold);
        return new FaceVerification(outcome, reason, best?.Similarity ?? 0, best?.Threshold ?? unmaskedThreshold,
            _seen, _compared.Count, LiveFraction(), elapsed);
    }

    private QualityReason? MostFrequentReason() => _heldBack.Count == 0 ? null : _heldBack.MaxBy(kv => kv.Value).Key;
}
