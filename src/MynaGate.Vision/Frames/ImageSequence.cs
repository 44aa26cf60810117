using System.Diagnostics;
using System.Security.Cryptography;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Frames;

/// <summary>
/// Encoded images played as a camera at a frame rate (for tests, the demo and vendors without hardware). Frames
/// are decoded one at a time; the encoded bytes are zeroed on dispose.
/// </summary>
public sealed class ImageSequence : IFrameSource
{
    private readonly IReadOnlyList<byte[]> _images;
    private readonly TimeSpan _interval;
    private readonly bool _loop;
    private readonly ImageLimits _limits;
    private long _nextDue;
    private int _index;

    public ImageSequence(IReadOnlyList<byte[]> encodedImages, double framesPerSecond, bool loop = false, ImageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(encodedImages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(framesPerSecond);
        if (encodedImages.Count == 0)
        {
            throw new ArgumentException("an image sequence needs at least one image", nameof(encodedImages));
        }

        _images = encodedImages;
        _interval = TimeSpan.FromSeconds(1 / framesPerSecond);
        _loop = loop;
        _limits = limits ?? ImageLimits.Default;
    }

    /// <summary>Reads image files (JPEG, PNG, JPEG 2000) in the given order.</summary>
    public static ImageSequence FromFiles(IEnumerable<string> paths, double framesPerSecond, bool loop = false) =>
        new([.. paths.Select(File.ReadAllBytes)], framesPerSecond, loop);

    public async ValueTask<VisionImage?> NextFrameAsync(CancellationToken cancellationToken)
    {
        if (_index >= _images.Count)
        {
            if (!_loop)
            {
                return null;
            }

            _index = 0;
        }

        long now = Stopwatch.GetTimestamp();
        if (_nextDue > now)
        {
            await Task.Delay(Stopwatch.GetElapsedTime(now, _nextDue), cancellationToken).ConfigureAwait(false);
        }

        _nextDue = Stopwatch.GetTimestamp() + (long)(_interval.TotalSeconds * Stopwatch.Frequency);
        return VisionImage.Decode(_images[_index++], _limits);
    }

    public void Dispose()
    {
        foreach (byte[] image in _images)
        {
            CryptographicOperations.ZeroMemory(image);
        }
    }
}
