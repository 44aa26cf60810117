using MynaGate.Vision.Faces;
using MynaGate.Vision.Frames;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Tests;

public class FaceVerifierTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private readonly FaceEngine _engine = fixture.Engine;

    [Fact]
    public async Task The_same_person_on_camera_is_matched()
    {
        using ReferenceFace reference = ChipPhoto("img1.jpg");
        using ImageSequence camera = ImageSequence.FromFiles(new[] { "img2.jpg", "img4.jpg", "img5.jpg", "img6.jpg", "img7.jpg", "img10.jpg" }.Select(TestData.Deepface), 30);
        FaceVerification result = await new FaceVerifier(_engine).VerifyAsync(camera, reference, null, CancellationToken.None);
        Assert.Equal(FaceVerificationOutcome.Matched, result.Outcome);
        Assert.True(result.BestSimilarity >= result.Threshold);
    }

    [Fact]
    public async Task Another_person_on_camera_is_not_matched()
    {
        using ReferenceFace reference = ChipPhoto("img1.jpg");
        using ImageSequence camera = ImageSequence.FromFiles(new[] { "img13.jpg", "img14.jpg", "img15.jpg", "img16.jpg", "img17.jpg", "img20.jpg" }.Select(TestData.Deepface), 30);
        FaceVerification result = await new FaceVerifier(_engine).VerifyAsync(camera, reference, null, CancellationToken.None);
        Assert.NotEqual(FaceVerificationOutcome.Matched, result.Outcome);
        Assert.True(result.BestSimilarity < result.Threshold);
    }

    [Fact]
    public async Task An_empty_scene_reports_no_face_with_every_frame()
    {
        using ReferenceFace reference = ChipPhoto("img1.jpg");
        using VisionImage blank = VisionImage.FromPixels(Enumerable.Repeat((byte)90, 320 * 240 * 3).ToArray(), 320, 240, 3);
        byte[] frame = blank.Encode(ImageFormat.Jpeg, 90);
        var seen = new List<FrameAnalysis>();
        using var camera = new ImageSequence([frame, (byte[])frame.Clone(), (byte[])frame.Clone()], 30);
        FaceVerification result = await new FaceVerifier(_engine).VerifyAsync(camera, reference, new SynchronousProgress(seen), CancellationToken.None);
        Assert.Equal(FaceVerificationOutcome.CameraEnded, result.Outcome);
        Assert.Equal(QualityReason.NoFace, result.Reason);
        Assert.Equal(3, seen.Count);
        Assert.All(seen, a => Assert.Equal([QualityReason.NoFace], a.Reasons));
    }

    [Fact]
    public async Task The_sequence_keeps_its_frame_rate()
    {
        using VisionImage blank = VisionImage.FromPixels(new byte[8 * 8], 8, 8, 1);
        byte[] png = blank.Encode(ImageFormat.Png);
        using var camera = new ImageSequence([png], 20, loop: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 5; i++)
        {
            using VisionImage? frame = await camera.NextFrameAsync(CancellationToken.None);
            Assert.NotNull(frame);
        }

        Assert.True(clock.ElapsedMilliseconds >= 190, $"5 frames at 20 fps took {clock.ElapsedMilliseconds} ms");
    }

    private ReferenceFace ChipPhoto(string file)
    {
        using VisionImage photo = TestData.Load(TestData.Deepface(file), grey: true);
        return _engine.EnrolReference(TestData.ChipPhoto(photo));
    }

    private sealed class SynchronousProgress(List<FrameAnalysis> seen) : IProgress<FrameAnalysis>
    {
        public void Report(FrameAnalysis value) => seen.Add(value);
    }
}
