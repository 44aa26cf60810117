using System.Drawing;
using MynaGate.Vision.Faces;

namespace MynaGate.Vision.Tests;

/// <summary>The multi-frame rule on made-up frames: what settles an attempt, and what each way of failing reports.</summary>
public class FaceDecisionTests
{
    private const float Threshold = 0.4f;
    private static readonly DecisionPolicy Policy = new();

    [Fact]
    public void Two_live_frames_clearly_above_the_threshold_accept_at_the_second()
    {
        var decision = new FaceDecision(Policy, Threshold);
        Assert.Null(decision.Add(Frame(similarity: 0.7f), TimeSpan.Zero));
        var decided = decision.Add(Frame(similarity: 0.7f), TimeSpan.Zero);
        Assert.Equal(FaceVerificationOutcome.Matched, decided?.Outcome);
        Assert.Equal(2, decided!.FramesCompared);
    }

    [Fact]
    public void Frames_just_above_the_threshold_wait_for_five_and_the_median_of_the_best_three_decides()
    {
        var decision = new FaceDecision(Policy, Threshold);
        // margins +0.05 (no early accept), one unlucky frame among them does not decide
        float[] similarities = [0.45f, 0.45f, 0.1f, 0.45f, 0.45f];
        FaceVerification? decided = null;
        foreach (float s in similarities) decided = decision.Add(Frame(s), TimeSpan.Zero);
        Assert.Equal(FaceVerificationOutcome.Matched, decided?.Outcome);
        Assert.Equal(5, decided!.FramesCompared);
    }

    [Fact]
    public void Frames_that_do_not_look_live_are_refused_however_well_they_match()
    {
        var decision = new FaceDecision(Policy, Threshold);
        FaceVerification? decided = null;
        for (int i = 0; i < Policy.FramesToDecide; i++) decided = decision.Add(Frame(0.9f, live: 0.1f), TimeSpan.Zero);
        Assert.Equal(FaceVerificationOutcome.NotLive, decided?.Outcome);
    }

    [Fact]
    public void Masked_frames_below_the_threshold_ask_to_lower_the_mask_and_bare_ones_do_not_match()
    {
        var masked = new FaceDecision(Policy, Threshold);
        var bare = new FaceDecision(Policy, Threshold);
        FaceVerification? fromMasked = null, fromBare = null;
        for (int i = 0; i < Policy.FramesToDecide; i++)
        {
            fromMasked = masked.Add(Frame(0.2f, isMasked: true), TimeSpan.Zero);
            fromBare = bare.Add(Frame(0.2f), TimeSpan.Zero);
        }

        Assert.Equal(FaceVerificationOutcome.LowerMask, fromMasked?.Outcome);
        Assert.Equal(QualityReason.Masked, fromMasked!.Reason);
        Assert.Equal(FaceVerificationOutcome.NotMatched, fromBare?.Outcome);
    }

    [Fact]
    public void Poor_frames_only_time_out_with_the_commonest_reason()
    {
        var decision = new FaceDecision(Policy, Threshold);
        Assert.Null(decision.Add(Poor(QualityReason.TooFar), TimeSpan.Zero));
        Assert.Null(decision.Add(Poor(QualityReason.TooDark), TimeSpan.Zero));
        Assert.Null(decision.Add(Poor(QualityReason.TooDark), TimeSpan.Zero));
        var ended = decision.BudgetEnded(TimeSpan.FromSeconds(8));
        Assert.Equal(FaceVerificationOutcome.TimedOut, ended.Outcome);
        Assert.Equal(QualityReason.TooDark, ended.Reason);
        Assert.Equal(3, ended.FramesSeen);
        Assert.Equal(0, ended.FramesCompared);
    }

    private static FrameAnalysis Frame(float similarity, float live = 0.9f, bool isMasked = false) =>
        new(Face, Quality([]), isMasked ? [QualityReason.Masked] : [], isMasked ? 0.9f : 0.1f, new LivenessScore(live, live, live), similarity, Threshold,
            new StageTimings(0, 0, 0, 0));

    private static FrameAnalysis Poor(QualityReason reason) =>
        new(Face, Quality([reason]), [reason], null, null, null, 0, new StageTimings(0, 0, 0, 0));

    private static readonly DetectedFace Face = new(new RectangleF(200, 120, 200, 240), [new(260, 200), new(340, 200), new(300, 250), new(270, 300), new(330, 300)], 0.95f);

    private static FaceQuality Quality(IReadOnlyList<QualityReason> reasons) => new(80, 0.3f, 0.05f, 120, 50, 150, 0, 0, 0, 40, reasons);
}
