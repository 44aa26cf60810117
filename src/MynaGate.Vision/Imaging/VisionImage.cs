using System.Drawing;
using System.Runtime.InteropServices;
using MynaGate.Vision.Native;

namespace MynaGate.Vision.Imaging;

/// <summary>
/// An 8-bit grey or BGR image held by libmgvision. Its pixels never leave native memory unless asked for, and are
/// zeroed when the image is disposed (most images here are of a patient or a card).
/// </summary>
public sealed unsafe class VisionImage : IDisposable
{
    private readonly ImageHandle _handle;

    private VisionImage(ImageHandle handle)
    {
        _handle = handle;
        NativeStatus.ThrowIfFailed(VisionNative.mgv_image_info(handle, out int width, out int height, out int channels));
        Width = width;
        Height = height;
        Channels = channels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>1 (grey) or 3 (BGR).</summary>
    public int Channels { get; }

    internal ImageHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>Decodes JPEG, PNG or JPEG 2000 (JP2 container or raw codestream) after checking the limits.</summary>
    public static VisionImage Decode(ReadOnlySpan<byte> encoded, ImageLimits limits, bool grey = false)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var nativeLimits = new MgvDecodeLimits { MaxBytes = limits.MaxBytes, MaxPixels = limits.MaxPixels };
        fixed (byte* data = encoded)
        {
            return FromCall(VisionNative.mgv_image_decode(data, (nuint)encoded.Length, nativeLimits, grey ? 1 : 0, out ImageHandle handle), handle);
        }
    }

    /// <summary>Copies raw pixels (rows of <paramref name="stride"/> bytes; 0 means tightly packed).</summary>
    public static VisionImage FromPixels(ReadOnlySpan<byte> pixels, int width, int height, int channels, int stride = 0)
    {
        stride = stride == 0 ? width * channels : stride;
        if (width <= 0 || height <= 0 || (long)stride * (height - 1) + (long)width * channels > pixels.Length)
        {
            throw new ArgumentException("pixel buffer is smaller than width, height, channels and stride require", nameof(pixels));
        }

        fixed (byte* data = pixels)
        {
            return FromCall(VisionNative.mgv_image_create(width, height, channels, data, stride, out ImageHandle handle), handle);
        }
    }

    /// <summary>The 3×3 homography mapping four source points onto four destination points (row-major).</summary>
    public static double[] PerspectiveTransform(ReadOnlySpan<PointF> source, ReadOnlySpan<PointF> destination)
    {
        if (source.Length != 4 || destination.Length != 4)
        {
            throw new ArgumentException("a perspective transform needs exactly four point pairs");
        }

        float[] from = Flatten(source), to = Flatten(destination);
        double[] matrix = new double[9];
        fixed (float* f = from, t = to)
        fixed (double* m = matrix)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_perspective_transform(f, t, m));
        }

        return matrix;
    }

    /// <summary>Tightly packed pixels; the caller owns (and should zero) the copy.</summary>
    public byte[] ToPixels()
    {
        byte[] pixels = new byte[Width * Height * Channels];
        fixed (byte* destination = pixels)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_image_copy_pixels(Handle, destination, (nuint)pixels.Length));
        }

        return pixels;
    }

    /// <param name="quality">JPEG 0–100; JPEG 2000 rate ×1000 (1–1000, lower is smaller); ignored for PNG.</param>
    public byte[] Encode(ImageFormat format, int quality = 95)
    {
        NativeStatus.ThrowIfFailed(VisionNative.mgv_image_encode(Handle, (int)format, quality, out BufferHandle buffer));
        using (buffer)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_buffer_data(buffer, out byte* data, out nuint length));
            return new ReadOnlySpan<byte>(data, checked((int)length)).ToArray();
        }
    }

    public VisionImage ToGrey() => FromCall(VisionNative.mgv_image_to_grey(Handle, out ImageHandle h), h);

    public VisionImage ToBgr() => FromCall(VisionNative.mgv_image_to_bgr(Handle, out ImageHandle h), h);

    public VisionImage Resize(int width, int height) =>
        FromCall(VisionNative.mgv_image_resize(Handle, width, height, out ImageHandle h), h);

    public VisionImage Crop(Rectangle rectangle) =>
        FromCall(VisionNative.mgv_image_crop(Handle, rectangle.X, rectangle.Y, rectangle.Width, rectangle.Height, out ImageHandle h), h);

    /// <param name="matrix">2×3 row-major affine transform from this image to the output.</param>
    public VisionImage WarpAffine(ReadOnlySpan<double> matrix, int width, int height)
    {
        if (matrix.Length != 6)
        {
            throw new ArgumentException("an affine matrix has 6 elements", nameof(matrix));
        }

        fixed (double* m = matrix)
        {
            return FromCall(VisionNative.mgv_image_warp_affine(Handle, m, width, height, out ImageHandle h), h);
        }
    }

    /// <param name="matrix">3×3 row-major homography from this image to the output.</param>
    public VisionImage WarpPerspective(ReadOnlySpan<double> matrix, int width, int height)
    {
        if (matrix.Length != 9)
        {
            throw new ArgumentException("a homography has 9 elements", nameof(matrix));
        }

        fixed (double* m = matrix)
        {
            return FromCall(VisionNative.mgv_image_warp_perspective(Handle, m, width, height, out ImageHandle h), h);
        }
    }

    /// <summary>Paints a filled polygon in place (grey images take the blue component).</summary>
    public void FillPolygon(ReadOnlySpan<PointF> points, Color colour)
    {
        float[] flat = Flatten(points);
        fixed (float* p = flat)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_image_fill_polygon(Handle, p, points.Length, colour.B, colour.G, colour.R));
        }
    }

    /// <summary>Brightness, contrast and sharpness of a region (clipped to the image).</summary>
    public RegionStats Stats(Rectangle region)
    {
        NativeStatus.ThrowIfFailed(VisionNative.mgv_image_region_stats(Handle, region.X, region.Y, region.Width, region.Height, out MgvRegionStats s));
        return new RegionStats(s.Mean, s.StdDev, s.LaplacianVariance);
    }

    /// <summary>Draws text in place (BGR images only) with its baseline starting at <paramref name="baselineStart"/>.</summary>
    public void DrawText(TextFont font, string text, Point baselineStart, int pixelHeight, Color colour)
    {
        ArgumentNullException.ThrowIfNull(font);
        font.Draw(this, text, baselineStart.X, baselineStart.Y, pixelHeight, colour);
    }

    /// <summary>A Gaussian-blurred copy (sigma in pixels).</summary>
    public VisionImage Blur(double sigma) => FromCall(VisionNative.mgv_image_blur(Handle, sigma, out ImageHandle h), h);

    /// <summary>Adds seeded zero-mean Gaussian noise in place.</summary>
    public void AddNoise(double sigma, ulong seed) =>
        NativeStatus.ThrowIfFailed(VisionNative.mgv_image_add_noise(Handle, sigma, seed));

    /// <summary>Applies uneven light and glare in place.</summary>
    public void Light(Lighting lighting)
    {
        var native = new MgvLighting
        {
            Gain = lighting.Gain, GradientX = lighting.GradientX, GradientY = lighting.GradientY,
            GlareX = lighting.GlareX, GlareY = lighting.GlareY, GlareRadius = lighting.GlareRadius,
            GlareStrength = lighting.GlareStrength,
        };
        NativeStatus.ThrowIfFailed(VisionNative.mgv_image_light(Handle, in native));
    }

    /// <summary>Warps <paramref name="source"/> onto this image in place through a 3×3 homography, keeping the
    /// pixels the warped source does not cover.</summary>
    public void PasteWarped(VisionImage source, ReadOnlySpan<double> matrix)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (matrix.Length != 9)
        {
            throw new ArgumentException("a homography has 9 elements", nameof(matrix));
        }

        fixed (double* m = matrix)
        {
            NativeStatus.ThrowIfFailed(VisionNative.mgv_image_paste_warped(Handle, source.Handle, m));
        }
    }

    public void Dispose() => _handle.Dispose();

    internal static VisionImage FromCall(MgvStatus status, ImageHandle handle) => new(NativeStatus.Take(status, handle));

    private static float[] Flatten(ReadOnlySpan<PointF> points) =>
        MemoryMarshal.Cast<PointF, float>(points).ToArray();
}
