using System.Text;

namespace MynaGate.Card.Virtual.Imaging;

/// <summary>An 8-bit greyscale raster, read from and written to binary PGM (netpbm P5) for the Debian tools.</summary>
public sealed class GreyImage
{
    public GreyImage(int width, int height, byte[] pixels)
    {
        if (pixels.Length != width * height) throw new ArgumentException("Pixel count does not match the size.", nameof(pixels));
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }
    public byte[] Pixels { get; }

    public static GreyImage ParsePgm(ReadOnlySpan<byte> pgm)
    {
        int pos = 0;
        string magic = Token(pgm, ref pos);
        if (magic != "P5") throw new FormatException("Not a binary PGM.");
        int width = int.Parse(Token(pgm, ref pos), System.Globalization.CultureInfo.InvariantCulture);
        int height = int.Parse(Token(pgm, ref pos), System.Globalization.CultureInfo.InvariantCulture);
        int max = int.Parse(Token(pgm, ref pos), System.Globalization.CultureInfo.InvariantCulture);
        if (max != 255 || width <= 0 || height <= 0) throw new FormatException("Only 8-bit PGM is supported.");
        pos++; // single whitespace after maxval
        if (pgm.Length - pos < (long)width * height) throw new FormatException("PGM pixel data truncated.");
        return new GreyImage(width, height, pgm.Slice(pos, width * height).ToArray());
    }

    public byte[] ToPgm()
    {
        byte[] header = Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n");
        return [.. header, .. Pixels];
    }

    /// <summary>Box-filter downscale keeping the aspect ratio; unchanged when it already fits.</summary>
    public GreyImage FitWithin(int maxWidth, int maxHeight)
    {
        double scale = Math.Min(1.0, Math.Min((double)maxWidth / Width, (double)maxHeight / Height));
        if (scale >= 1.0) return this;
        int w = Math.Max(1, (int)(Width * scale));
        int h = Math.Max(1, (int)(Height * scale));
        var result = new byte[w * h];
        for (int y = 0; y < h; y++)
        {
            int y0 = y * Height / h, y1 = Math.Max(y0 + 1, (y + 1) * Height / h);
            for (int x = 0; x < w; x++)
            {
                int x0 = x * Width / w, x1 = Math.Max(x0 + 1, (x + 1) * Width / w);
                long sum = 0;
                for (int yy = y0; yy < y1; yy++)
                    for (int xx = x0; xx < x1; xx++) sum += Pixels[yy * Width + xx];
                result[y * w + x] = (byte)(sum / ((y1 - y0) * (x1 - x0)));
            }
        }
        return new GreyImage(w, h, result);
    }

    /// <summary>A light background with a darker ellipse and some seeded texture: enough to be a photo-shaped JP2.</summary>
    public static GreyImage SyntheticPortrait(int seed, int width, int height)
    {
        var random = new Random(seed);
        var pixels = new byte[width * height];
        double cx = width / 2.0, cy = height * 0.45, rx = width * 0.32, ry = height * 0.33;
        int tone = random.Next(90, 170);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                double d = Math.Pow((x - cx) / rx, 2) + Math.Pow((y - cy) / ry, 2);
                int value = d <= 1 ? tone + (int)(40 * d) : 225;
                pixels[y * width + x] = (byte)Math.Clamp(value + random.Next(-6, 7), 0, 255);
            }
        return new GreyImage(width, height, pixels);
    }

    private static string Token(ReadOnlySpan<byte> data, ref int pos)
    {
        while (pos < data.Length && (char.IsWhiteSpace((char)data[pos]) || data[pos] == '#'))
        {
            if (data[pos] == '#') while (pos < data.Length && data[pos] != '\n') pos++;
            else pos++;
        }
        int start = pos;
        while (pos < data.Length && !char.IsWhiteSpace((char)data[pos])) pos++;
        if (start == pos) throw new FormatException("PGM header truncated.");
        return Encoding.ASCII.GetString(data[start..pos]);
    }
}
