using MynaGate.Vision.Frames;
using MynaGate.Vision.Imaging;

namespace MynaGate.Reader.Flow;

/// <summary>The face camera, with each frame it hands the face engine also offered to the kiosk's live preview.</summary>
internal sealed class PreviewingFrameSource(IFrameSource camera, LivePreview preview) : IFrameSource
{
    public async ValueTask<VisionImage?> NextFrameAsync(CancellationToken cancellationToken)
    {
        var frame = await camera.NextFrameAsync(cancellationToken).ConfigureAwait(false);
        if (frame is not null) preview.Offer(frame);
        return frame;
    }

    public void Dispose()
    {
        camera.Dispose();
        preview.Clear();
    }
}
