using MynaGate.Vision.Native;

namespace MynaGate.Vision.Imaging;

/// <summary>
/// A TrueType/OpenType font for drawing text into images (the synthetic card and certificate generators). Calls are
/// serialised because OpenCV's freetype face is not thread-safe.
/// </summary>
public sealed class TextFont : IDisposable
{
    private readonly FontHandle _handle;
    private readonly Lock _gate = new();

    private TextFont(FontHandle handle) => _handle = handle;

    /// <param name="path">A font file.</param>
    /// <param name="faceIndex">The face inside a collection (.ttc); 0 for single-face files.</param>
    public static TextFont Load(string path, int faceIndex = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("font file not found", path);
        }

        return new TextFont(NativeStatus.Take(VisionNative.mgv_font_load(path, faceIndex, out FontHandle h), h));
    }

    /// <summary>Advance width, height above the baseline and depth below it, in pixels.</summary>
    public (int Width, int Ascent, int Descent) Measure(string text, int pixelHeight)
    {
        lock (_gate)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_font_measure(_handle, text, pixelHeight, out int w, out int a, out int d));
            return (w, a, d);
        }
    }

    internal void Draw(VisionImage image, string text, int x, int baselineY, int pixelHeight, System.Drawing.Color colour)
    {
        lock (_gate)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_image_draw_text(
                image.Handle, _handle, text, x, baselineY, pixelHeight, colour.B, colour.G, colour.R));
        }
    }

    public void Dispose() => _handle.Dispose();
}
