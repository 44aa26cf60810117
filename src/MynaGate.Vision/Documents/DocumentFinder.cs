using System.Drawing;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Native;

namespace MynaGate.Vision.Documents;

/// <summary>Finds a document's outline in a frame and the text lines on a rectified document.</summary>
public static unsafe class DocumentFinder
{
    private const int MaxLines = 256;

    /// <summary>The largest four-cornered outline covering at least <paramref name="minAreaFraction"/> of the frame,
    /// or null when there is none.</summary>
    public static DocumentQuad? FindQuad(VisionImage frame, float minAreaFraction)
    {
        ArgumentNullException.ThrowIfNull(frame);
        NativeStatus.ThrowIfFailed(VisionNative.mgv_document_find_quad(frame.Handle, minAreaFraction, out MgvQuad q, out int found));
        if (found == 0)
        {
            return null;
        }

        var corners = new PointF[4];
        for (int i = 0; i < 4; i++)
        {
            corners[i] = new PointF(q.Corners[2 * i], q.Corners[(2 * i) + 1]);
        }

        return new DocumentQuad(corners, q.AreaFraction, q.TouchesEdge != 0);
    }

    /// <summary>Boxes of dark text lines inside <paramref name="region"/>, top to bottom (at most 256).</summary>
    /// <param name="joinGap">Glyphs closer than this (pixels) join into one line.</param>
    public static Rectangle[] TextLines(VisionImage image, Rectangle region, int joinGap, int minHeight, int maxHeight)
    {
        ArgumentNullException.ThrowIfNull(image);
        var boxes = new MgvTextBox[MaxLines];
        int count;
        fixed (MgvTextBox* b = boxes)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_document_text_lines(
                image.Handle, region.X, region.Y, region.Width, region.Height, joinGap, minHeight, maxHeight, b, MaxLines, out count));
        }

        return boxes.Take(Math.Min(count, MaxLines)).Select(b => new Rectangle(b.X, b.Y, b.Width, b.Height)).ToArray();
    }

}
