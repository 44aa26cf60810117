using System.Diagnostics;
using MynaGate.Vision.Frames;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>Verifies a live face against the chip photo from a camera's frames within the policy's time budget, by <see cref="FaceDecision"/>'s rule.</summary>
public sealed class FaceVerifier(FaceEngine engine)
{
    public Task<FaceVerification> VerifyAsync(
        IFrameSource camera, ReferenceFace reference, IProgress<FrameAnalysis>? progress, CancellationToken cancellationToken) =>
        VerifyAsync(camera, reference, [], progress, cancellationToken);

    /// <param name="observed">Frames observed before the reference existed (<see cref="FaceObserver"/>), decided on
    /// first, in the order they were taken; the caller still owns them.</param>
    public async Task<FaceVerification> VerifyAsync(
        IFrameSource camera, ReferenceFace reference, IReadOnlyList<FaceObservation> observed, IProgress<FrameAnalysis>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(observed);
        DecisionPolicy policy = engine.Options.Decision;
        var decision = new FaceDecision(policy, engine.Thresholds.Unmasked);
        long start = Stopwatch.GetTimestamp();
        var budget = TimeSpan.FromMilliseconds(policy.BudgetMilliseconds);

        foreach (FaceObservation observation in observed)
        {
            if (Decide(decision, engine.Analyse(observation, reference), progress, start) is { } early)
            {
                return early;
            }
        }

        while (Stopwatch.GetElapsedTime(start) < budget)
        {
            VisionImage? frame = await camera.NextFrameAsync(cancellationToken).ConfigureAwait(false);
            if (frame is null)
            {
                return decision.CameraEnded(Stopwatch.GetElapsedTime(start));
            }

            FrameAnalysis analysis;
            using (frame)
            {
                analysis = engine.Analyse(frame, reference);
            }

            if (Decide(decision, analysis, progress, start) is { } decided)
            {
                return decided;
            }
        }

        return decision.BudgetEnded(Stopwatch.GetElapsedTime(start));
    }

    private static FaceVerification? Decide(FaceDecision decision, FrameAnalysis analysis, IProgress<FrameAnalysis>? progress, long start)
    {
        progress?.Report(analysis);
        return decision.Add(analysis, Stopwatch.GetElapsedTime(start));
    }
}
