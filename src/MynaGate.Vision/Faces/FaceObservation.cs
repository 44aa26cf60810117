namespace MynaGate.Vision.Faces;

/// <summary>
/// What one live frame shows before it is compared with anyone: the chosen face and its quality and, for a usable
/// frame, its embeddings and liveness. Comparing it with a chip photo (<see cref="FaceEngine.Analyse(FaceObservation, ReferenceFace)"/>)
/// needs no second network run, so a recorded frame can be compared with many references. Clears its embeddings on dispose.
/// </summary>
public sealed class FaceObservation(DetectedFace? face, FaceQuality? quality, ProbeFace? probe, LivenessScore? liveness, StageTimings timings) : IDisposable
{
    /// <summary>Null when no face was found.</summary>
    public DetectedFace? Face { get; } = face;

    public FaceQuality? Quality { get; } = quality;

    /// <summary>Null when there was no face or the frame was too poor to compare.</summary>
    public ProbeFace? Probe { get; } = probe;

    public LivenessScore? Liveness { get; } = liveness;

    public StageTimings Timings { get; } = timings;

    public void Dispose() => Probe?.Dispose();
}
