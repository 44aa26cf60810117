using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>A dataset image as the reader's camera would see it, observed once by the engine (detection, quality, embedding, liveness).</summary>
internal sealed record ObservedImage(Mfr2Image Image, FaceObservation Observation);
