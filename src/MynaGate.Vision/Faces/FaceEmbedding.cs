namespace MynaGate.Vision.Faces;

/// <summary>An L2-normalised face embedding. Biometric data: cleared when its owner's session ends.</summary>
public sealed class FaceEmbedding
{
    private readonly float[] _vector;

    public FaceEmbedding(float[] vector) => _vector = vector;

    public ReadOnlySpan<float> Vector => _vector;

    /// <summary>Cosine similarity (the vectors are unit length), in [-1, 1].</summary>
    public float Similarity(FaceEmbedding other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dot(_vector, other._vector);
    }

    public void Clear() => Array.Clear(_vector);

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
