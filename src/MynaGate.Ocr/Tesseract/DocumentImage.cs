using System.Drawing;
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

    /// <summary>Where <see cref="LineCrop"/> cuts the line out of the document.</summary>
    public static Rectangle LineBounds(VisionImage document, Rectangle line) =>
        Rectangle.Intersect(Rectangle.Inflate(line, PaddingX, PaddingY), new Rectangle(0, 0, document.Width, document.Height));
}
