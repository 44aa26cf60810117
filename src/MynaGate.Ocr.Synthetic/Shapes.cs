using System.Drawing;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Synthetic;

/// <summary>The plain shapes the generators paint with.</summary>
internal static class Shapes
{
    /// <summary>A BGR image of one colour.</summary>
    public static VisionImage Solid(int width, int height, Color colour)
    {
        var pixels = new byte[width * height * 3];
        for (int i = 0; i < pixels.Length; i += 3)
        {
            pixels[i] = colour.B;
            pixels[i + 1] = colour.G;
            pixels[i + 2] = colour.R;
        }

        return VisionImage.FromPixels(pixels, width, height, 3);
    }

    /// <summary>An ellipse as a polygon of <paramref name="points"/> corners.</summary>
    public static PointF[] Ellipse(float cx, float cy, float rx, float ry, int points = 36) =>
        Enumerable.Range(0, points)
            .Select(i => new PointF(cx + (float)(rx * Math.Cos(i * 2 * Math.PI / points)), cy + (float)(ry * Math.Sin(i * 2 * Math.PI / points))))
            .ToArray();
}
