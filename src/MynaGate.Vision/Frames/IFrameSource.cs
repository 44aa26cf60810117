using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Frames;

/// <summary>A camera: the face camera or the card-face camera, a UVC device or an image sequence.</summary>
public interface IFrameSource : IDisposable
{
    /// <summary>The next frame (the caller disposes it), or null when the source has ended.</summary>
    ValueTask<VisionImage?> NextFrameAsync(CancellationToken cancellationToken);
}
