using MynaGate.Vision.Imaging;
using MynaGate.Vision.Native;

namespace MynaGate.Vision.Faces;

/// <summary>A recognizer run by OpenCV 4.6's dnn module in libmgvision (float ONNX models).</summary>
internal sealed unsafe class OpenCvEmbeddingNetwork : IEmbeddingNetwork
{
    private readonly FaceEmbedderHandle _handle;
    private readonly int _embeddingSize;

    private OpenCvEmbeddingNetwork(FaceEmbedderHandle handle, int embeddingSize)
    {
        _handle = handle;
        _embeddingSize = embeddingSize;
    }

    public static OpenCvEmbeddingNetwork Create(RecognizerDescriptor descriptor, byte[] model)
    {
        var native = new MgvRecognizerDescriptor
        {
            InputWidth = descriptor.InputWidth,
            InputHeight = descriptor.InputHeight,
            SwapRb = descriptor.ChannelOrder == "RGB" ? 1 : 0,
            Scale = descriptor.Scale,
            EmbeddingSize = descriptor.EmbeddingSize,
        };
        for (int i = 0; i < 3; i++)
        {
            native.Mean[i] = descriptor.Mean[i];
        }

        MgvStatus status;
        FaceEmbedderHandle handle;
        fixed (byte* bytes = model)
        {
            status = VisionNative.mgv_face_embedder_create(bytes, (nuint)model.Length, native, out handle);
        }

        return new OpenCvEmbeddingNetwork(NativeStatus.Take(status, handle), descriptor.EmbeddingSize);
    }

    public float[] Run(VisionImage aligned)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        float[] vector = new float[_embeddingSize];
        fixed (float* v = vector)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_face_embedder_embed(_handle, aligned.Handle, v, vector.Length));
        }

        return vector;
    }

    public void Dispose() => _handle.Dispose();
}
