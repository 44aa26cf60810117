namespace MynaGate.Vision.Faces;

/// <summary>
/// The chip photo's embeddings: the whole face, and one per <see cref="MaskPalette"/> colour with a synthetic mask
/// of that colour painted on (for masked probes). Biometric data of the session: dispose clears them all.
/// </summary>
public sealed class ReferenceFace(FaceEmbedding whole, IReadOnlyList<FaceEmbedding> covered) : IDisposable
{
    public FaceEmbedding Whole { get; } = whole;

    /// <summary>Indexed like <see cref="MaskPalette.Colours"/>.</summary>
    public IReadOnlyList<FaceEmbedding> Covered { get; } = covered;

    public void Dispose()
    {
        Whole.Clear();
        foreach (FaceEmbedding e in Covered)
        {
            e.Clear();
        }
    }
}
