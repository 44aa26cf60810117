using System.Diagnostics;
using MynaGate.Vision.Frames;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>
/// Decides from several frames within a time budget: poor frames are skipped (their reasons reported for
/// guidance), a clear match on a live frame accepts at once, otherwise the best-quality compared frames decide and
/// liveness is a vote across all compared frames.
/// </summary>
public sealed class FaceVerifier(FaceEngine engine)
{
    private const int MinLiveVotes = 2;
    private const int BestFrames = 3;

    public async Task<FaceVerification> VerifyAsync(
        IFrameSource camera, ReferenceFace reference, IProgress<FrameAnalysis>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(reference);
        DecisionPolicy policy = engine.Options.Decision;
        long start = Stopwatch.GetTimestamp();
        var budget = TimeSpan.FromMilliseconds(policy.BudgetMilliseconds);
        var compared = new List<FrameAnalysis>();
        var heldBack = new Dictionary<QualityReason, int>();
        int seen = 0;

        while (Stopwatch.GetElapsedTime(start) < budget)
        {
            VisionImage? frame = await camera.NextFrameAsync(cancellationToken).ConfigureAwait(false);
            if (frame is null)
            {
                return Result(FaceVerificationOutcome.CameraEnded, MostFrequent(heldBack));
            }

            FrameAnalysis analysis;
            using (frame)
            {
                analysis = engine.Analyse(frame, reference);
            }

            seen++;
            progress?.Report(analysis);
            if (analysis.Similarity is null)
            {
                foreach (QualityReason reason in analysis.Reasons)
                {
                    heldBack[reason] = heldBack.GetValueOrDefault(reason) + 1;
                }

                continue;
            }

            compared.Add(analysis);
            int liveVotes = compared.Count(IsLive);
            if (IsLive(analysis) && liveVotes >= MinLiveVotes && analysis.Similarity >= analysis.Threshold + policy.EarlyAcceptMargin)
            {
                return Result(FaceVerificationOutcome.Matched, null);
            }

            if (compared.Count >= policy.FramesToDecide)
            {
                return Decide();
            }
        }

        return compared.Count >= MinLiveVotes ? Decide() : Result(FaceVerificationOutcome.TimedOut, MostFrequent(heldBack) ?? QualityReason.NoFace);

        bool IsLive(FrameAnalysis a) => a.Liveness is { } l && l.Real >= policy.LivenessThreshold;

        FaceVerification Decide()
        {
            if (LiveFraction() < policy.LiveFraction)
            {
                return Result(FaceVerificationOutcome.NotLive, null);
            }

            // median margin of the best-quality frames: one lucky or unlucky frame does not decide
            float[] margins = [.. compared.OrderByDescending(a => a.Quality!.Rank).Take(BestFrames)
                .Select(a => a.Similarity!.Value - a.Threshold).Order()];
            if (margins[margins.Length / 2] >= 0)
            {
                return Result(FaceVerificationOutcome.Matched, null);
            }

            bool masked = compared.Count(a => a.IsMasked) >= Math.Min(policy.MaskedFramesBeforePrompt, compared.Count);
            return Result(masked ? FaceVerificationOutcome.LowerMask : FaceVerificationOutcome.NotMatched, masked ? QualityReason.Masked : null);
        }

        double LiveFraction() => compared.Count == 0 ? 0 : compared.Count(IsLive) / (double)compared.Count;

        FaceVerification Result(FaceVerificationOutcome outcome, QualityReason? reason)
        {
            FrameAnalysis? best = compared.MaxBy(a => a.Similarity!.Value - a.Threshold);
            return new FaceVerification(outcome, reason, best?.Similarity ?? 0, best?.Threshold ?? engine.Thresholds.Unmasked,
                seen, compared.Count, LiveFraction(), Stopwatch.GetElapsedTime(start));
        }
    }

    private static QualityReason? MostFrequent(Dictionary<QualityReason, int> counts) =>
        counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
}
