using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;

namespace MynaGate.Site.Commands;

/// <summary>Files named on the command line, read (and images decoded as a camera frame would be), with a plain reason when one cannot be.</summary>
public static class InputFiles
{
    /// <summary>A named file's bytes, or null with <paramref name="problem"/> saying why (missing or unreadable).</summary>
    public static byte[]? TryRead(string path, out string? problem)
    {
        problem = null;
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "file could not be read";
            return null;
        }
    }

    /// <summary>The decoded image, or null with <paramref name="problem"/> saying why (missing, unreadable, not an image, too large).</summary>
    /// <param name="grey">Decode to one channel, as the reader decodes the chip photo.</param>
    public static VisionImage? TryLoad(string path, out string? problem, bool grey = false)
    {
        if (TryRead(path, out problem) is not { } bytes) return null;
        try
        {
            return VisionImage.Decode(bytes, ImageLimits.Default, grey);
        }
        catch (ImageLimitException)
        {
            problem = "image too large";
        }
        catch (VisionException)
        {
            problem = "not a readable image (JPEG, PNG, JPEG 2000)";
        }
        return null;
    }
}
