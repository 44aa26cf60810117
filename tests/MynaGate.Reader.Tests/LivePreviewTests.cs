using MynaGate.Reader.Flow;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Tests;

/// <summary>The capture screen's live preview: small JPEGs of the frames the face engine reads, gone when the face step ends.</summary>
public sealed class LivePreviewTests
{
    private static string Dataset => Path.Combine(Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } s ? s : "../shared",
        "datasets", "deepface-unit");

    [Fact]
    public async Task Frames_reach_the_preview_scaled_and_the_last_is_gone_when_the_camera_closes()
    {
        byte[][] frames = [.. new[] { "img2.jpg", "img4.jpg" }.Select(f => File.ReadAllBytes(Path.Combine(Dataset, f)))];
        var preview = new LivePreview();
        var camera = new PreviewingFrameSource(new ImageSequence(frames, framesPerSecond: 100), preview);
        Assert.Null(preview.Copy());

        using (var frame = await camera.NextFrameAsync(CancellationToken.None))
        {
            Assert.NotNull(frame);
            Assert.NotEqual(LivePreview.Width, frame.Width);
        }
        byte[] jpeg = preview.Copy()!;
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        using (var shown = Vision.Imaging.VisionImage.Decode(jpeg, Vision.Imaging.ImageLimits.Default)) Assert.Equal(LivePreview.Width, shown.Width);

        camera.Dispose();
        Assert.Null(preview.Copy());
    }
}
