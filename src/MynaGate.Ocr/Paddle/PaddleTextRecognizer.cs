using System.Text;
using Microsoft.ML.OnnxRuntime;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Paddle;

/// <summary>
/// PaddleOCR's PP-OCRv4 line recogniser (SVTR, CTC) in ONNX Runtime: an independently trained second engine beside
/// Tesseract. A line image becomes a 1×3×48×W RGB tensor scaled to [−1, 1] (W by the line's aspect); the 1×T×6625
/// scores are decoded greedily (index 0 blank, 1…6623 the dictionary's lines, 6624 a space). The model and its
/// dictionary are checked against models/ppocr/SHA256SUMS before use.
/// </summary>
public sealed class PaddleTextRecognizer : IDisposable
{
    public const string ModelFile = "ch_PP-OCRv4_rec_infer.onnx";
    public const string DictionaryFile = "ppocr_keys_v1.txt";
    private const int MaxInputWidth = 1280;

    private readonly InferenceSession _session;
    private readonly string[] _characters;
    private readonly string _input;

    private PaddleTextRecognizer(InferenceSession session, string[] characters)
    {
        _session = session;
        _characters = characters;
        _input = session.InputMetadata.Keys.Single();
    }

    /// <summary>Loads the recogniser from <paramref name="modelDirectory"/>/ppocr; <see cref="OcrException"/> when a file is missing or not the pinned one.</summary>
    public static PaddleTextRecognizer Load(string modelDirectory)
    {
        string folder = PaddleModelFile.Folder(modelDirectory);
        string[] characters = Encoding.UTF8.GetString(PaddleModelFile.ReadPinned(folder, DictionaryFile)).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        // one line at a time per reader: the other core is the face engine's. Every line has a width of its own: ONNX
        // Runtime's memory pattern would keep a plan per width and its arena never gives memory back, so a reader's
        // memory grew with every new line width it met, for months (found by the process soak)
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableMemoryPattern = false, EnableCpuMemArena = false,
        };
        return new PaddleTextRecognizer(PaddleModelFile.Open(folder, ModelFile, options), characters);
    }

    /// <summary>Reads one text line (any size, grey or colour), its height being the text's.</summary>
    public PaddleLine Read(VisionImage line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int width = PaddleInput.WidthOf(line, MaxInputWidth);
        using var tensor = PaddleInput.Tensor(line, width, width);
        try
        {
            using var input = tensor.ToOrtValue();
            using var run = new RunOptions();
            using var outputs = _session.Run(run, [_input], [input], [_session.OutputMetadata.Keys.First()]);
            var shape = outputs[0].GetTensorTypeAndShape().Shape;
            return Decode(outputs[0].GetTensorDataAsSpan<float>(), (int)shape[1], (int)shape[2]);
        }
        catch (OnnxRuntimeException e)
        {
            throw new OcrException($"{ModelFile} failed in ONNX Runtime: {e.Message}");
        }
    }

    // greedy CTC: the best class per step, repeats merged, blanks dropped
    private PaddleLine Decode(ReadOnlySpan<float> scores, int steps, int classes)
    {
        var text = new StringBuilder();
        var confidences = new List<float>();
        var positions = new List<float>();
        int previous = 0;
        for (int t = 0; t < steps; t++)
        {
            var row = scores.Slice(t * classes, classes);
            int best = 0;
            for (int c = 1; c < classes; c++)
                if (row[c] > row[best]) best = c;
            if (best != 0 && best != previous)
            {
                string character = best <= _characters.Length ? _characters[best - 1] : " ";
                text.Append(character);
                for (int i = 0; i < character.Length; i++)
                {
                    confidences.Add(row[best]);
                    positions.Add((t + 0.5f) / steps);
                }
            }
            previous = best;
        }
        return new PaddleLine(text.ToString(), [.. confidences], [.. positions]);
    }

    public void Dispose() => _session.Dispose();
}
