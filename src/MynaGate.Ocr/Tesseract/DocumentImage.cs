using System.Drawing;
using System.Security.Cryptography;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Tesseract;

/// <summary>What the card-face and certificate readers do alike to a document found in a frame: rectify it, turn it
/// by 180°, and read one of its text lines.</summary>
internal static class DocumentImage
{
    // paper kept around a line box; wider margins were tried for certificate values and read no better
    private const int PaddingX = 8, PaddingY = 6;

    /// <summary>The document whose corners (clockwise from top-left) are <paramref name="corners"/>, as a
    /// <paramref name="width"/> × <paramref name="height"/> image.</summary>
    public static VisionImage Rectify(VisionImage frame, PointF[] corners, int width, int height)
    {
        double[] homography = VisionImage.PerspectiveTransform(corners,
            [new PointF(0, 0), new PointF(width, 0), new PointF(width, height), new PointF(0, height)]);
        return frame.WarpPerspective(homography, width, height);
    }

    /// <summary>The same corners for the document read upside down.</summary>
    public static PointF[] TurnedHalfway(PointF[] corners) => [corners[2], corners[3], corners[0], corners[1]];

    /// <summary>One text line of a rectified document, read by Tesseract with a little paper around it.</summary>
    public static OcrText ReadLine(VisionImage document, TesseractEngine engine, Rectangle line, string? alphabet)
    {
        using var crop = LineCrop(document, line);
        return engine.Read(crop, PageSegmentation.SingleLine, alphabet);
    }

    /// <summary>One text line of a rectified document with a little paper around it, as either engine reads it.</summary>
    public static VisionImage LineCrop(VisionImage document, Rectangle line) => document.Crop(LineBounds(document, line));

    /// <summary>A crop with <paramref name="margin"/> pixels of its own paper (the median of its edge) on every side,
    /// then scaled by <paramref name="scale"/>: a grey image, as the card is read.</summary>
    public static VisionImage WithPaperAround(VisionImage crop, int margin, double scale)
    {
        if (crop.Channels != 1) throw new ArgumentException("a grey crop is framed", nameof(crop));
        int width = crop.Width, height = crop.Height, framedWidth = width + (2 * margin), framedHeight = height + (2 * margin);
        byte[] pixels = crop.ToPixels();
        byte[] framed = new byte[framedWidth * framedHeight];
        try
        {
            var edge = new List<byte>((2 * width) + (2 * height));
            for (int x = 0; x < width; x++) { edge.Add(pixels[x]); edge.Add(pixels[((height - 1) * width) + x]); }
            for (int y = 0; y < height; y++) { edge.Add(pixels[y * width]); edge.Add(pixels[(y * width) + width - 1]); }
            edge.Sort();
            Array.Fill(framed, edge[edge.Count / 2]);
            for (int y = 0; y < height; y++) Array.Copy(pixels, y * width, framed, ((y + margin) * framedWidth) + margin, width);
            var image = VisionImage.FromPixels(framed, framedWidth, framedHeight, 1);
            if (scale == 1) return image;
            using (image) return image.Resize((int)Math.Round(framedWidth * scale), (int)Math.Round(framedHeight * scale));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pixels);
            CryptographicOperations.ZeroMemory(framed);
        }
    }

    /// <summary>Crops of one height, each framed in <paramref name="margin"/> pixels of its own paper
    /// (<see cref="WithPaperAround"/>) and set side by side, left to right, in one grey image whose levels are then
    /// stretched: its darkest hundredth black, its lightest hundredth white.</summary>
    public static VisionImage SideBySide(IReadOnlyList<VisionImage> crops, int margin)
    {
        if (crops.Count == 0) throw new ArgumentException("at least one crop is set", nameof(crops));
        if (crops.Any(c => c.Height != crops[0].Height)) throw new ArgumentException("the crops are of one height", nameof(crops));
        int height = crops[0].Height + (2 * margin);
        var framed = new List<byte[]>(crops.Count);
        byte[] strip = [];
        try
        {
            foreach (var crop in crops)
            {
                using var one = WithPaperAround(crop, margin, 1);
                framed.Add(one.ToPixels());
            }

            int width = framed.Sum(f => f.Length / height);
            strip = new byte[width * height];
            for (int i = 0, x = 0; i < framed.Count; i++)
            {
                int slot = framed[i].Length / height;
                for (int y = 0; y < height; y++) Array.Copy(framed[i], y * slot, strip, (y * width) + x, slot);
                x += slot;
            }

            Stretch(strip);
            return VisionImage.FromPixels(strip, width, height, 1);
        }
        finally
        {
            foreach (byte[] pixels in framed) CryptographicOperations.ZeroMemory(pixels);
            CryptographicOperations.ZeroMemory(strip);
        }
    }

    // a light face's grey strokes on a dim card: Tesseract finds no line in some such crops at their own levels
    private static void Stretch(byte[] pixels)
    {
        Span<int> histogram = stackalloc int[256];
        foreach (byte p in pixels) histogram[p]++;
        int tail = pixels.Length / 100, dark = 0, light = 255;
        for (int seen = 0; dark < 255 && (seen += histogram[dark]) <= tail; dark++) { }
        for (int seen = 0; light > 0 && (seen += histogram[light]) <= tail; light--) { }
        if (light <= dark) return;
        for (int i = 0; i < pixels.Length; i++) pixels[i] = (byte)Math.Clamp((pixels[i] - dark) * 255 / (light - dark), 0, 255);
    }

    /// <summary>Where <see cref="LineCrop"/> cuts the line out of the document.</summary>
    public static Rectangle LineBounds(VisionImage document, Rectangle line) =>
        Rectangle.Intersect(Rectangle.Inflate(line, PaddingX, PaddingY), new Rectangle(0, 0, document.Width, document.Height));
}
