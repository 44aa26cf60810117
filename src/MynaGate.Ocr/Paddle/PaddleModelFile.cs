using System.Security.Cryptography;
using Microsoft.ML.OnnxRuntime;
using MynaGate.Ocr.Tesseract;

namespace MynaGate.Ocr.Paddle;

/// <summary>The files of models/ppocr, read only when SHA256SUMS pins them.</summary>
internal static class PaddleModelFile
{
    public static string Folder(string modelDirectory) => Path.Combine(modelDirectory, "ppocr");

    /// <summary>An ONNX Runtime session over the pinned <paramref name="file"/>; <see cref="OcrException"/> when it is
    /// missing, not the pinned one, or not a model ONNX Runtime takes.</summary>
    public static InferenceSession Open(string folder, string file, SessionOptions options)
    {
        byte[] model = ReadPinned(folder, file);
        try
        {
            return new InferenceSession(model, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new OcrException($"{file} cannot be loaded by ONNX Runtime: {e.Message}");
        }
    }

    /// <summary>The bytes of <paramref name="file"/>; <see cref="OcrException"/> when it or SHA256SUMS is missing or the hash differs.</summary>
    public static byte[] ReadPinned(string folder, string file)
    {
        string path = Path.Combine(folder, file);
        string sums = Path.Combine(folder, "SHA256SUMS");
        if (!File.Exists(path) || !File.Exists(sums)) throw new OcrException($"{path} or its SHA256SUMS is missing (./mynagate setup links the models)");
        string? pinned = File.ReadLines(sums).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(p => p.Length == 2 && p[1].TrimStart('*') == file)?[0];
        byte[] bytes = File.ReadAllBytes(path);
        if (pinned is null || !string.Equals(Convert.ToHexString(SHA256.HashData(bytes)), pinned, StringComparison.OrdinalIgnoreCase))
            throw new OcrException($"{path} is not the file SHA256SUMS pins");
        return bytes;
    }
}
