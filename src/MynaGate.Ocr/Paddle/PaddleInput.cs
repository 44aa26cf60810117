using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Paddle;

/// <summary>
/// A text line as PP-OCR's line models take it: 48 px high, RGB planes scaled to [−1, 1], the line resized to
/// <c>width</c> and, when the model's input is wider (the 180° classifier's 192), padded on the right with zeros.
/// </summary>
internal static class PaddleInput
{
    public const int Height = 48;

    /// <summary>The width a line of this size takes at <see cref="Height"/>, within [8, <paramref name="max"/>].</summary>
    public static int WidthOf(VisionImage line, int max) =>
        Math.Clamp((int)Math.Ceiling(Height * (double)line.Width / line.Height), 8, max);

    /// <summary>A 3 × 48 × <paramref name="inputWidth"/> tensor, to be disposed after the run.</summary>
    public static PaddleTensor Tensor(VisionImage line, int width, int inputWidth)
    {
        using var bgr = line.ToBgr();
        using var scaled = bgr.Resize(width, Height);
        byte[] pixels = scaled.ToPixels();
        int plane = inputWidth * Height;
        var tensor = new PaddleTensor(inputWidth);
        var values = tensor.Values;
        for (int channel = 0; channel < 3; channel++)
        {
            int source = 2 - channel; // BGR pixels, RGB planes
            for (int y = 0; y < Height; y++)
                for (int x = 0; x < width; x++)
                    values[(channel * plane) + (y * inputWidth) + x] = (pixels[(3 * ((y * width) + x)) + source] / 127.5f) - 1f;
        }
        Array.Clear(pixels);
        return tensor;
    }
}
