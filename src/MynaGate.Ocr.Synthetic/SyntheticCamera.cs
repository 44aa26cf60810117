using System.Drawing;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Synthetic;

/// <summary>Turns a canonical document image into a seeded camera frame (JPEG bytes).</summary>
public static class SyntheticCamera
{
    // an 8-megapixel 4:3 camera's width
    private const int MaxFrameWidth = 3264;

    /// <summary>The frame as JPEG bytes, as a card-face camera would deliver it, and where the document lies in it.</summary>
    public static (byte[] Jpeg, PointF[] Corners) Capture(VisionImage document, CameraEffects effects, int seed)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(effects);
        var random = new Random(seed);
        double scale = Uniform(random, effects.MinScale, effects.MaxScale);
        double w = document.Width * scale, h = document.Height * scale;
        double angle = Uniform(random, -effects.MaxRotationDegrees, effects.MaxRotationDegrees) * Math.PI / 180;
        var corners = new PointF[4];
        (double X, double Y)[] unit = [(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)];
        for (int i = 0; i < 4; i++)
        {
            double x = (unit[i].X * w) + (Uniform(random, -1, 1) * effects.MaxPerspective * w);
            double y = (unit[i].Y * h) + (Uniform(random, -1, 1) * effects.MaxPerspective * w);
            corners[i] = new PointF((float)((x * Math.Cos(angle)) - (y * Math.Sin(angle))), (float)((x * Math.Sin(angle)) + (y * Math.Cos(angle))));
        }

        // a 4:3 camera framing the whole document with a margin, the document off-centre within that margin
        float spanX = corners.Max(c => Math.Abs(c.X)) * 2, spanY = corners.Max(c => Math.Abs(c.Y)) * 2;
        int frameWidth = (int)(Math.Max(spanX, spanY * 4 / 3) * Uniform(random, effects.MinMargin, effects.MaxMargin));
        if (frameWidth > MaxFrameWidth)
        {
            // no camera has more pixels than this: a card filling little of it is seen smaller, not at a higher resolution
            float shrink = MaxFrameWidth / (float)frameWidth;
            for (int i = 0; i < 4; i++) corners[i] = new PointF(corners[i].X * shrink, corners[i].Y * shrink);
            spanX *= shrink;
            spanY *= shrink;
            scale *= shrink;
            frameWidth = MaxFrameWidth;
        }

        int frameHeight = frameWidth * 3 / 4;
        float cx = (float)((frameWidth / 2.0) + (Uniform(random, -0.4, 0.4) * (frameWidth - spanX) / 2));
        float cy = (float)((frameHeight / 2.0) + (Uniform(random, -0.4, 0.4) * (frameHeight - spanY) / 2));
        for (int i = 0; i < 4; i++)
        {
            corners[i] = new PointF(corners[i].X + cx, corners[i].Y + cy);
        }

        using var frame = Background(random, frameWidth, frameHeight);
        double[] homography = VisionImage.PerspectiveTransform(
            [new PointF(0, 0), new PointF(document.Width, 0), new PointF(document.Width, document.Height), new PointF(0, document.Height)],
            corners);
        using (var bgr = document.Channels == 3 ? null : document.ToBgr())
        {
            frame.PasteWarped(bgr ?? document, homography);
        }

        double light = effects.MaxLightChange;
        bool glare = random.NextDouble() < effects.GlareProbability;
        frame.Light(new Lighting(
            1 + Uniform(random, -light, light / 2), Uniform(random, -light, light), Uniform(random, -light, light),
            Uniform(random, 0.2, 0.8), Uniform(random, 0.2, 0.8), glare ? Uniform(random, 0.04, 0.12) : 0, glare ? Uniform(random, 30, 90) : 0));
        using var blurred = frame.Blur(Uniform(random, 0, effects.MaxBlurSigma) * scale);
        blurred.AddNoise(Uniform(random, 0, effects.MaxNoiseSigma), (ulong)random.NextInt64());
        int quality = random.Next(effects.MinJpegQuality, 96);
        return (blurred.Encode(ImageFormat.Jpeg, quality), corners);
    }

    /// <summary>The camera's view with nothing laid on the tray, <paramref name="width"/> by 3/4 of it.</summary>
    public static byte[] EmptyTray(int width, int seed)
    {
        using var frame = Background(new Random(seed), width, width * 3 / 4);
        return frame.Encode(ImageFormat.Jpeg, 90);
    }

    private static double Uniform(Random random, double low, double high) => low + (random.NextDouble() * (high - low));

    // a card tray or desk: a darker surface with a colour cast and a few soft blotches
    private static VisionImage Background(Random random, int width, int height)
    {
        int b = random.Next(30, 120), g = random.Next(30, 120), r = random.Next(30, 120);
        var image = Shapes.Solid(width, height, Color.FromArgb(r, g, b));
        for (int k = 0; k < 4; k++)
        {
            float cx = random.Next(width), cy = random.Next(height), radius = random.Next(width / 12, width / 5);
            int shade = random.Next(-25, 26);
            var colour = Color.FromArgb(Math.Clamp(r + shade, 0, 255), Math.Clamp(g + shade, 0, 255), Math.Clamp(b + shade, 0, 255));
            image.FillPolygon(Shapes.Ellipse(cx, cy, radius, radius, 24), colour);
        }

        return image;
    }
}
