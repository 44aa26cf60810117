using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>
/// Every comparison of a recorded frame with a chip photo, made once by the engine and kept: the decision rule's
/// candidates and the folds of its cross-validation replay the same analyses at their own thresholds.
/// </summary>
internal sealed class ReplayedAnalyses(FaceEngine engine)
{
    private readonly Dictionary<(Reference, ObservedImage), FrameAnalysis> _analyses = [];

    public FrameAnalysis Analyse(Reference reference, ObservedImage image)
    {
        if (!_analyses.TryGetValue((reference, image), out FrameAnalysis? analysis))
        {
            _analyses[(reference, image)] = analysis = engine.Analyse(image.Observation, reference.Faces!);
        }

        return analysis;
    }
}
