using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>
/// The chip photo's embedding, and the same face with a synthetic mask of a <see cref="MaskPalette"/> colour painted
/// on (for masked probes). Those are embedded the first time a masked probe of that colour asks: most patients show
/// their face, and five embeddings made up front were most of the photo's enrolment time while the patient waited.
/// Biometric data of the session: dispose clears the embeddings and the aligned photo they come from. Used on the
/// thread that owns the engine, like the engine itself.
/// </summary>
public sealed class ReferenceFace : IDisposable
{
    private readonly VisionImage _aligned;
    private readonly FaceRecognizer _recognizer;
    private readonly FaceEmbedding?[] _covered = new FaceEmbedding?[MaskPalette.Colours.Count];
    private bool _disposed;

    internal ReferenceFace(FaceEmbedding whole, VisionImage aligned, FaceRecognizer recognizer)
    {
        Whole = whole;
        _aligned = aligned;
        _recognizer = recognizer;
    }

    public FaceEmbedding Whole { get; }

    /// <summary>The reference wearing a mask of palette colour <paramref name="colour"/> (an index into <see cref="MaskPalette.Colours"/>).</summary>
    public FaceEmbedding Covered(int colour)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(colour);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(colour, _covered.Length);
        if (_covered[colour] is { } made)
        {
            return made;
        }

        using VisionImage masked = _aligned.Crop(new System.Drawing.Rectangle(0, 0, _aligned.Width, _aligned.Height));
        FaceRecognizer.CoverLowerFace(masked, MaskPalette.Colours[colour]);
        return _covered[colour] = _recognizer.Embed(masked);
    }

    public void Dispose()
    {
        _disposed = true;
        Whole.Clear();
        foreach (FaceEmbedding? e in _covered)
        {
            e?.Clear();
        }

        _aligned.Dispose();
    }
}
