using BenchmarkDotNet.Attributes;
using MynaGate.Vision.Faces;

namespace MynaGate.Bench.Micro;

/// <summary>One comparison of a live face with a chip photo: a cosine of unit vectors of the recognizer's size.</summary>
public class EmbeddingBenchmarks
{
    private FaceEmbedding _a = null!;
    private FaceEmbedding _b = null!;

    /// <summary>256 for the shipped recognizer, 512 for the ArcFace-style one.</summary>
    [Params(256, 512)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _a = new FaceEmbedding(Unit(random, Size));
        _b = new FaceEmbedding(Unit(random, Size));
    }

    [Benchmark]
    public float Similarity() => _a.Similarity(_b);

    private static float[] Unit(Random random, int size)
    {
        float[] v = [.. Enumerable.Range(0, size).Select(_ => (float)random.NextDouble() - 0.5f)];
        float norm = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }
}
