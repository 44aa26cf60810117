using MynaGate.Site.Commands;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;

namespace MynaGate.Cli.Commands;

/// <summary>Images named on the command line, decoded as a camera frame would be, with a plain reason when one cannot be.</summary>
public static class ImageFiles
{
    /// <summary>The decoded image, or null with <paramref name="problem"/> saying why (missing, unreadable, not an image, too large).</summary>
    /// <param name="grey">Decode to one channel, as the reader decodes the chip photo.</param>
    public static VisionImage? TryLoad(string path, out string? problem, bool grey = false)
    {
        if (InputFiles.TryRead(path, out problem) is not { } bytes) return null;
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
