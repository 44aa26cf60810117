using Microsoft.ML.OnnxRuntime;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Paddle;

/// <summary>
/// PaddleOCR's text-line direction classifier (ppocr mobile v2.0 cls) in ONNX Runtime: whether a line is upright or
/// turned by 180°. Input as the recogniser's, 48 × 192 (a longer line squeezed, a shorter one padded with zeros);
/// output the two classes' probabilities, 0° then 180°. Checked against models/ppocr/SHA256SUMS before use.
/// </summary>
public sealed class PaddleOrientation : IDisposable
{
    public const string ModelFile = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
    private const int InputWidth = 192;

    private readonly InferenceSession _session;
    private readonly string _input;

    private PaddleOrientation(InferenceSession session)
    {
        _session = session;
        _input = session.InputMetadata.Keys.Single();
    }

    /// <summary>Loads the classifier from <paramref name="modelDirectory"/>/ppocr; <see cref="OcrException"/> when the file is missing or not the pinned one.</summary>
    public static PaddleOrientation Load(string modelDirectory)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        return new PaddleOrientation(PaddleModelFile.Open(PaddleModelFile.Folder(modelDirectory), ModelFile, options));
    }

    /// <summary>The probability (0–1) that <paramref name="line"/> is upside down.</summary>
    public float UpsideDown(VisionImage line)
    {
        ArgumentNullException.ThrowIfNull(line);
        using var tensor = PaddleInput.Tensor(line, PaddleInput.WidthOf(line, InputWidth), InputWidth);
        try
        {
            using var input = tensor.ToOrtValue();
            using var run = new RunOptions();
            using var outputs = _session.Run(run, [_input], [input], [_session.OutputMetadata.Keys.First()]);
            var scores = outputs[0].GetTensorDataAsSpan<float>();
            return scores[1] / (scores[0] + scores[1]);
        }
        catch (OnnxRuntimeException e)
        {
            throw new OcrException($"{ModelFile} failed in ONNX Runtime: {e.Message}");
        }
    }

    public void Dispose() => _session.Dispose();
}
