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

    [Fact]
    public async Task Frames_observed_before_the_photo_decide_without_the_camera_being_read_again()
    {
        using var camera = new CountingCamera(SamePerson(), handOutSignal: 3);
        IReadOnlyList<FaceObservation> observed = await ObserveAsync(camera, limit: 3);

        try
        {
            // the limit holds: the third frame in hand was finished, no fourth was taken
            Assert.Equal(3, observed.Count);
            Assert.Equal(3, camera.Count);
            using ReferenceFace reference = ChipPhoto("img1.jpg");
            var result = await new FaceVerifier(_engine).VerifyAsync(camera, reference, observed, null, CancellationToken.None);
            Assert.Equal(FaceVerificationOutcome.Matched, result.Outcome);
            Assert.Equal(3, camera.Count);
        }
        finally
        {
            foreach (var observation in observed) observation.Dispose();
        }
    }

    [Fact]
    public async Task Observed_frames_that_do_not_decide_are_followed_by_the_cameras_next_frames()
    {
        using var camera = new CountingCamera(SamePerson(), handOutSignal: 1);
        IReadOnlyList<FaceObservation> observed = await ObserveAsync(camera, limit: 1);

        try
        {
            Assert.Single(observed);
            using ReferenceFace reference = ChipPhoto("img1.jpg");
            var seen = new List<FrameAnalysis>();
            var result = await new FaceVerifier(_engine).VerifyAsync(camera, reference, observed, new SynchronousProgress(seen), CancellationToken.None);
            Assert.Equal(FaceVerificationOutcome.Matched, result.Outcome);
            // one live frame cannot accept alone: the camera's next frame was read after the observed one
            Assert.True(camera.Count >= 2, $"{camera.Count} frames read");
            Assert.Equal(camera.Count, seen.Count);
        }
        finally
        {
            foreach (var observation in observed) observation.Dispose();
        }
    }

    [Fact]
    public async Task A_camera_that_fails_while_observed_fails_the_stop_as_it_would_fail_the_verification()
    {
        using var camera = new CountingCamera([], handOutSignal: 1);
        await using var observer = FaceObserver.Start(_engine, camera, limit: 3, CancellationToken.None);
        // stopped before its first read, the observer would never meet the failure: wait until it has
        await camera.HandedOut.WaitAsync(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAsync<IOException>(observer.StopAsync);
    }

    private static byte[][] SamePerson() =>
        [.. new[] { "img2.jpg", "img4.jpg", "img5.jpg", "img6.jpg", "img7.jpg", "img10.jpg" }.Select(f => File.ReadAllBytes(TestData.Deepface(f)))];

    // observes until the camera has handed out its signalled frame, then stops (the frame in hand is finished)
    private async Task<IReadOnlyList<FaceObservation>> ObserveAsync(CountingCamera camera, int limit)
    {
        await using var observer = FaceObserver.Start(_engine, camera, limit, CancellationToken.None);
        await camera.HandedOut.WaitAsync(TimeSpan.FromSeconds(30));
        return await observer.StopAsync();
    }

    private ReferenceFace ChipPhoto(string file)
    {
        using VisionImage photo = TestData.Load(TestData.Deepface(file), grey: true);
        return _engine.EnrolReference(TestData.ChipPhoto(photo));
    }

    /// <summary>Hands out the images as fast as asked, counting them; with none, every read fails like an unplugged
    /// camera. <see cref="HandedOut"/> completes with the signalled frame, or with the first failed read.</summary>
    private sealed class CountingCamera(byte[][] images, int handOutSignal) : IFrameSource
    {
        private readonly TaskCompletionSource _handedOut = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task HandedOut => _handedOut.Task;

        public ValueTask<VisionImage?> NextFrameAsync(CancellationToken cancellationToken)
        {
            if (images.Length == 0)
            {
                _handedOut.TrySetResult();
                throw new IOException("the camera was unplugged");
            }

            if (_count >= images.Length) return ValueTask.FromResult<VisionImage?>(null);
            var frame = VisionImage.Decode(images[_count], ImageLimits.Default);
            if (Interlocked.Increment(ref _count) == handOutSignal) _handedOut.TrySetResult();
            return ValueTask.FromResult<VisionImage?>(frame);
        }

        public void Dispose()
        {
        }
    }

    private sealed class SynchronousProgress(List<FrameAnalysis> seen) : IProgress<FrameAnalysis>
    {
        public void Report(FrameAnalysis value) => seen.Add(value);
    }
}
