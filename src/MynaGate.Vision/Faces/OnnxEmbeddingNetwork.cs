using Microsoft.ML.OnnxRuntime;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>
/// A recognizer run by ONNX Runtime (CPU), for models OpenCV 4.6 cannot load (integer-quantised ones). The aligned
/// BGR face becomes a 1×3×H×W tensor in the network's channel order, (pixel − mean) × scale, as the descriptor says.
/// </summary>
internal sealed class OnnxEmbeddingNetwork : IEmbeddingNetwork
{
    private readonly InferenceSession _session;
    private readonly RecognizerDescriptor _descriptor;
    private readonly string[] _inputs;
    private readonly string[] _outputs;

    private OnnxEmbeddingNetwork(InferenceSession session, RecognizerDescriptor descriptor)
    {
        _session = session;
        _descriptor = descriptor;
        _inputs = [session.InputMetadata.Keys.Single()];
        _outputs = [session.OutputMetadata.Keys.First()];
    }

    public static OnnxEmbeddingNetwork Create(RecognizerDescriptor descriptor, byte[] model)
    {
        // one frame at a time per reader; the detector and liveness networks use the other core
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        InferenceSession? session = null;
        try
        {
            session = new InferenceSession(model, options);
            return new OnnxEmbeddingNetwork(session, descriptor);
        }
        catch (Exception e) when (e is OnnxRuntimeException or InvalidOperationException)
        {
            session?.Dispose();
            throw new FaceModelException($"recognizer {descriptor.Name} cannot be loaded by ONNX Runtime: {e.Message}", e);
        }
    }

    public float[] Run(VisionImage aligned)
    {
        int width = _descriptor.InputWidth, height = _descriptor.InputHeight, plane = width * height;
        if (aligned.Width != width || aligned.Height != height)
        {
            throw new ArgumentException("the face is not aligned to the recognizer's input size", nameof(aligned));
        }

        using VisionImage bgr = aligned.ToBgr();
        byte[] pixels = bgr.ToPixels();
        float[] tensor = new float[3 * plane];
        bool rgb = _descriptor.ChannelOrder == "RGB";
        for (int channel = 0; channel < 3; channel++)
        {
            int source = rgb ? 2 - channel : channel;
            float mean = _descriptor.Mean[channel], scale = _descriptor.Scale;
            for (int i = 0; i < plane; i++)
            {
                tensor[(channel * plane) + i] = (pixels[(3 * i) + source] - mean) * scale;
            }
        }

        Array.Clear(pixels);
        try
        {
            using OrtValue input = OrtValue.CreateTensorValueFromMemory(tensor, [1, 3, height, width]);
            using var run = new RunOptions();
            using var outputs = _session.Run(run, _inputs, [input], _outputs);
            ReadOnlySpan<float> output = outputs[0].GetTensorDataAsSpan<float>();
            if (output.Length != _descriptor.EmbeddingSize)
            {
                throw new FaceModelException($"recognizer {_descriptor.Name} gave {output.Length} values, its descriptor says {_descriptor.EmbeddingSize}");
            }

            return Normalised(output);
        }
        catch (OnnxRuntimeException e)
        {
            throw new FaceModelException($"recognizer {_descriptor.Name} failed in ONNX Runtime: {e.Message}", e);
        }
        finally
        {
            Array.Clear(tensor);
        }
    }

    public void Dispose() => _session.Dispose();

    private float[] Normalised(ReadOnlySpan<float> output)
    {
        double norm = 0;
        foreach (float v in output)
        {
            norm += v * (double)v;
        }

        if (!(norm > 1e-24))
        {
            throw new FaceModelException($"recognizer {_descriptor.Name} produced a zero embedding");
        }

        float[] vector = new float[output.Length];
        float scale = (float)(1 / Math.Sqrt(norm));
        for (int i = 0; i < vector.Length; i++)
        {
            vector[i] = output[i] * scale;
        }

        return vector;
    }
}
