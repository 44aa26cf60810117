using System.Drawing;
using System.Security.Cryptography;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// How much ink each column of a text line holds. PP-OCR places a character only to within a CTC step (about a sixth
/// of the line's height), so a cut made at its positions can slice a digit or keep a stroke of the kanji beside it (a
/// light 和's last stroke read as a 1); the gap between two glyphs is the column with the least ink nearby.
/// </summary>
internal sealed class LineInk
{
    // paper is the brightest tenth of the line: glyphs cover well under half of it
    private const double PaperQuantile = 0.9;

    private readonly float[] _columns;

    private LineInk(float[] columns) => _columns = columns;

    /// <summary>The ink of each column of <paramref name="bounds"/> in a grey document.</summary>
    public static LineInk Of(VisionImage document, Rectangle bounds)
    {
        if (document.Channels != 1) throw new ArgumentException("the card is read grey", nameof(document));
        using var image = document.Crop(bounds);
        byte[] pixels = image.ToPixels();
        try
        {
            int width = image.Width;
            var histogram = new int[256];
            foreach (byte p in pixels) histogram[p]++;
            int paper = 0;
            for (int seen = 0, below = (int)(pixels.Length * PaperQuantile); paper < 255 && seen + histogram[paper] <= below; paper++) seen += histogram[paper];
            var columns = new float[width];
            for (int i = 0; i < pixels.Length; i++) columns[i % width] += Math.Max(0, paper - pixels[i]);
            return new LineInk(columns);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pixels);
        }
    }

    /// <summary>The column within [<paramref name="from"/>, <paramref name="to"/>] with the least ink, the one nearest
    /// <paramref name="near"/> among equals; <paramref name="near"/> itself when the range is empty.</summary>
    public int Quietest(int near, int from, int to)
    {
        int lo = Math.Max(from, 0), hi = Math.Min(to, _columns.Length - 1);
        if (lo > hi) return near;
        int best = lo;
        for (int x = lo + 1; x <= hi; x++)
        {
            if (_columns[x] < _columns[best] || (_columns[x] == _columns[best] && Math.Abs(x - near) < Math.Abs(best - near))) best = x;
        }

        return best;
    }
}
