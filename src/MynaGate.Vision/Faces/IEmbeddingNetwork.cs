using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>A recognizer network in one runtime: an aligned face of the descriptor's input size in, an L2-normalised embedding out.</summary>
internal interface IEmbeddingNetwork : IDisposable
{
    float[] Run(VisionImage aligned);
}
