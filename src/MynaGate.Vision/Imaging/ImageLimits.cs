namespace MynaGate.Vision.Imaging;

/// <summary>Largest encoded size and declared pixel count an image may have; checked before decoding.</summary>
public sealed record ImageLimits(long MaxBytes, long MaxPixels)
{
    /// <summary>Enough for a 4K card-face camera still: 16 MiB, 16 megapixels.</summary>
    public static ImageLimits Default { get; } = new(16L * 1024 * 1024, 16_000_000);
}
