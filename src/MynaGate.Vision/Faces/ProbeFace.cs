namespace MynaGate.Vision.Faces;

/// <summary>
/// A live face's embeddings: the whole face, its mask probability, the palette colour nearest its lower face, and
/// the face with a synthetic mask of that colour painted over its own lower face (when it was computed). Cleared on
/// dispose.
/// </summary>
public sealed class ProbeFace(FaceEmbedding whole, float maskProbability, int maskColour, FaceEmbedding? visiblePart) : IDisposable
{
    public FaceEmbedding Whole { get; } = whole;

    public float MaskProbability { get; } = maskProbability;

    /// <summary>Index into <see cref="MaskPalette.Colours"/>.</summary>
    public int MaskColour { get; } = maskColour;

    /// <summary>Null when only the other comparisons were needed (it costs a second network run).</summary>
    public FaceEmbedding? VisiblePart { get; } = visiblePart;

    /// <summary>The similarity to <paramref name="reference"/> that <paramref name="comparison"/> uses for masked faces.</summary>
    public float MaskedSimilarity(ReferenceFace reference, MaskedComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(reference);
        FaceEmbedding Covered() => reference.Covered(MaskColour);
        return comparison switch
        {
            MaskedComparison.WholeFace => Whole.Similarity(reference.Whole),
            MaskedComparison.VisiblePart => (VisiblePart ?? throw new InvalidOperationException("the visible part was not embedded")).Similarity(Covered()),
            MaskedComparison.MaskedReference => Whole.Similarity(Covered()),
            MaskedComparison.Fused => (Whole.Similarity(reference.Whole) + Whole.Similarity(Covered())) / 2,
            _ => throw new ArgumentOutOfRangeException(nameof(comparison)),
        };
    }

    public void Dispose()
    {
        Whole.Clear();
        VisiblePart?.Clear();
    }
}
