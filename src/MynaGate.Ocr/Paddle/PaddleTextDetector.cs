using System.Buffers;
using System.Drawing;
using Microsoft.ML.OnnxRuntime;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Paddle;

/// <summary>
/// PaddleOCR's PP-OCRv4 text detector (DB) in ONNX Runtime: finds every text line in an image without knowing its
/// layout. The image is resized to <c>width</c> × <c>height</c> (multiples of 32), normalised with ImageNet's mean and
/// deviation; the 1×1×H×W text probability map is cut at <see cref="PixelThreshold"/>, each connected region whose mean
/// probability reaches <see cref="BoxThreshold"/> becomes a box, grown back by DB's unclip (the model is trained on
/// shrunk boxes). Lines on a rectified document are level, so boxes are axis-aligned. Checked against
/// models/ppocr/SHA256SUMS before use.
/// </summary>
public sealed class PaddleTextDetector : IDisposable
{
    public const string ModelFile = "ch_PP-OCRv4_det_infer.onnx";

    // PaddleOCR's defaults for this model (det_db_thresh, det_db_box_thresh, det_db_unclip_ratio)
    private const float PixelThreshold = 0.3f;
    private const float BoxThreshold = 0.6f;
    private const double UnclipRatio = 1.5;

    // a region smaller than this (in map pixels) on its short side is a speck, not text
    private const int MinSide = 3;

    private static readonly float[] Mean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] Deviation = [0.229f, 0.224f, 0.225f];

    private readonly InferenceSession _session;
    private readonly string _input;

    private PaddleTextDetector(InferenceSession session)
    {
        _session = session;
        _input = session.InputMetadata.Keys.Single();
    }

    /// <summary>Loads the detector from <paramref name="modelDirectory"/>/ppocr; <see cref="OcrException"/> when the file is missing or not the pinned one.</summary>
    public static PaddleTextDetector Load(string modelDirectory)
    {
        // one image size per reader, so the memory plan is kept; one thread: the other core is the face engine's
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        return new PaddleTextDetector(PaddleModelFile.Open(PaddleModelFile.Folder(modelDirectory), ModelFile, options));
    }

    /// <summary>The text lines of <paramref name="image"/> (grey or colour), in its own pixels, top to bottom, found at
    /// a <paramref name="width"/> × <paramref name="height"/> copy of it.</summary>
    public Rectangle[] Detect(VisionImage image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (width <= 0 || height <= 0 || width % 32 != 0 || height % 32 != 0)
            throw new ArgumentOutOfRangeException(nameof(width), "the detector's input is a positive multiple of 32 each way");

        int length = 3 * width * height;
        float[] buffer = ArrayPool<float>.Shared.Rent(length);
        try
        {
            Fill(image, buffer, width, height);
            using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffer.AsMemory(0, length), [1, 3, height, width]);
            using var run = new RunOptions();
            using var outputs = _session.Run(run, [_input], [input], [_session.OutputMetadata.Keys.First()]);
            var map = outputs[0].GetTensorDataAsSpan<float>();
            return TextRegions.Boxes(map, width, height, PixelThreshold, BoxThreshold, MinSide)
                .Select(box => Unclip(box, image.Width / (double)width, image.Height / (double)height, image.Width, image.Height))
                .OrderBy(box => box.Y).ThenBy(box => box.X).ToArray();
        }
        catch (OnnxRuntimeException e)
        {
            throw new OcrException($"{ModelFile} failed in ONNX Runtime: {e.Message}");
        }
        finally
        {
            // the card's pixels are personal data
            Array.Clear(buffer, 0, length);
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    private static void Fill(VisionImage image, float[] values, int width, int height)
    {
        using var bgr = image.Channels == 3 ? null : image.ToBgr();
        using var scaled = (bgr ?? image).Resize(width, height);
        byte[] pixels = scaled.ToPixels();
        int plane = width * height;
        for (int channel = 0; channel < 3; channel++)
        {
            int source = 2 - channel; // BGR pixels, RGB planes
            float mean = Mean[channel], deviation = Deviation[channel];
            for (int i = 0; i < plane; i++)
                values[(channel * plane) + i] = ((pixels[(3 * i) + source] / 255f) - mean) / deviation;
        }
        Array.Clear(pixels);
    }

    // DB's unclip: the shrunk region grows by area × ratio / perimeter on every side, then back to image pixels
    private static Rectangle Unclip(Rectangle box, double scaleX, double scaleY, int imageWidth, int imageHeight)
    {
        double grow = box.Width * box.Height * UnclipRatio / (2.0 * (box.Width + box.Height));
        double left = (box.X - grow) * scaleX, top = (box.Y - grow) * scaleY;
        double right = (box.Right + grow) * scaleX, bottom = (box.Bottom + grow) * scaleY;
        var grown = Rectangle.FromLTRB((int)Math.Floor(left), (int)Math.Floor(top), (int)Math.Ceiling(right), (int)Math.Ceiling(bottom));
        return Rectangle.Intersect(grown, new Rectangle(0, 0, imageWidth, imageHeight));
    }

    public void Dispose() => _session.Dispose();
}
