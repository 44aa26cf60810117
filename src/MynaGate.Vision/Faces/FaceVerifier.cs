using System.Diagnostics;
using MynaGate.Vision.Frames;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>Verifies a live face against the chip photo from a camera's frames within the policy's time budget, by <see cref="FaceDecision"/>'s rule.</summary>
public sealed class FaceVerifier(FaceEngine engine)
{
    public async Task<FaceVerification> VerifyAsync(
        IFrameSource camera, ReferenceFace reference, IProgress<FrameAnalysis>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(reference);
        DecisionPolicy policy = engine.Options.Decision;
        var decision = new FaceDecision(policy, engine.Thresholds.Unmasked);
        long start = Stopwatch.GetTimestamp();
        var budget = TimeSpan.FromMilliseconds(policy.BudgetMilliseconds);

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

            progress?.Report(analysis);
            if (decision.Add(analysis, Stopwatch.GetElapsedTime(start)) is { } decided)
            {
                return decided;
            }
        }

        return decision.BudgetEnded(Stopwatch.GetElapsedTime(start));
    }
}
