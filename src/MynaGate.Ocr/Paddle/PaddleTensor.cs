using System.Buffers;
using Microsoft.ML.OnnxRuntime;

namespace MynaGate.Ocr.Paddle;

/// <summary>
/// A 1 × 3 × 48 × width input tensor in a buffer rented from the shared pool: a line's tensor is 100–700 KB, a
/// large-object allocation (collected only with the full heap) if made afresh for each of a frame's several lines.
/// It holds line pixels (personal data), so it is zeroed when rented and before it goes back.
/// </summary>
internal readonly struct PaddleTensor : IDisposable
{
    private readonly float[] _buffer;

    public PaddleTensor(int width)
    {
        Width = width;
        Length = 3 * PaddleInput.Height * width;
        _buffer = ArrayPool<float>.Shared.Rent(Length);
        Array.Clear(_buffer, 0, Length);
    }

    public int Width { get; }

    public int Length { get; }

    public Span<float> Values => _buffer.AsSpan(0, Length);

    /// <summary>An ONNX Runtime value over the buffer (no copy); dispose it before this tensor.</summary>
    public OrtValue ToOrtValue() =>
        OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _buffer.AsMemory(0, Length), [1, 3, PaddleInput.Height, Width]);

    public void Dispose()
    {
        Array.Clear(_buffer, 0, Length);
        ArrayPool<float>.Shared.Return(_buffer);
    }
}
