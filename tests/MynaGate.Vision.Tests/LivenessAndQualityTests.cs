using System.Drawing;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Tests;

public class LivenessAndQualityTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private readonly FaceEngine _engine = fixture.Engine;

    [Fact]
    public void The_liveness_models_separate_the_vendor_samples()
    {
        float real = Liveness("image_T1.jpg");
        float threshold = _engine.Options.Decision.LivenessThreshold;
        Assert.True(real >= threshold, $"real sample scored {real}");
        Assert.True(Liveness("image_F1.jpg") < threshold);
        Assert.True(Liveness("image_F2.jpg") < threshold);
    }

    [Fact]
    public void A_dark_frame_is_too_dark()
    {
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        using VisionImage frame = Frame(photo, 480);
        byte[] pixels = frame.ToPixels();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(pixels[i] / 6);
        }

        using VisionImage dark = VisionImage.FromPixels(pixels, frame.Width, frame.Height, 3);
        FaceQuality quality = Assess(dark);
        Assert.Contains(QualityReason.TooDark, quality.Reasons);
        Assert.DoesNotContain(QualityReason.TooDark, Assess(frame).Reasons);
    }

    [Fact]
    public void A_small_face_is_too_far_and_an_off_centre_face_is_not_centred()
    {
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        using VisionImage small = photo.Resize(photo.Width / 12, photo.Height / 12);
        using VisionImage far = Frame(small, small.Height, 1280, 960);
        Assert.Contains(QualityReason.TooFar, Assess(far).Advice);

        using VisionImage shifted = photo.WarpAffine([1, 0, 0, 0, 1, 0], photo.Width * 3, photo.Height);
        Assert.Contains(QualityReason.NotCentred, Assess(shifted).Reasons);
    }

    [Fact]
    public void Pose_from_landmarks_reads_a_frontal_face_as_frontal_and_a_turned_one_as_turned()
    {
        PointF[] frontal = [new(40, 60), new(88, 60), new(64, 82), new(45, 105), new(83, 105)];
        (float yaw, float pitch, float roll) = FaceQualityAssessor.Pose(new DetectedFace(new RectangleF(0, 0, 128, 128), frontal, 1));
        Assert.InRange(yaw, -5, 5);
        Assert.InRange(pitch, -10, 10);
        Assert.InRange(roll, -1, 1);

        PointF[] turned = [new(40, 60), new(88, 60), new(90, 82), new(55, 105), new(90, 105)];
        (yaw, _, _) = FaceQualityAssessor.Pose(new DetectedFace(new RectangleF(0, 0, 128, 128), turned, 1));
        Assert.True(Math.Abs(yaw) > 30, $"yaw {yaw}");
    }

    [Fact]
    public void A_tilted_face_is_guidance_that_holds_no_frame_back_unless_the_limits_say_so()
    {
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        using VisionImage upright = Frame(photo, 360);
        // 30° about the frame's centre: a roll past the 20° limit
        double angle = 30 * Math.PI / 180, cos = Math.Cos(angle), sin = Math.Sin(angle);
        using VisionImage tilted = upright.WarpAffine([cos, -sin, 320 - (320 * cos) + (240 * sin), sin, cos, 240 - (320 * sin) - (240 * cos)], 640, 480);
        AssertGuidanceOnly(upright, tilted, QualityReason.Turned);
    }

    [Fact]
    public void A_small_face_is_compared_while_the_patient_is_asked_to_come_closer()
    {
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        using VisionImage upright = Frame(photo, 360);
        using VisionImage far = Frame(photo, 110);
        Assert.True(FaceEngine.ChooseFace(_engine.Detect(far), far)!.EyeDistance < _engine.Options.Quality.MinEyeDistance);
        AssertGuidanceOnly(upright, far, QualityReason.TooFar);
    }

    [Fact]
    public void Mask_colours_map_to_the_nearest_palette_entry()
    {
        Assert.Equal(0, MaskPalette.Nearest(Color.FromArgb(250, 250, 245)));
        Assert.Equal(2, MaskPalette.Nearest(Color.FromArgb(10, 12, 20)));
    }

    private float Liveness(string file)
    {
        using VisionImage image = TestData.Load(TestData.Liveness(file));
        return _engine.Liveness(image, FaceEngine.ChooseFace(_engine.Detect(image), image)!).Real;
    }

    private FaceQuality Assess(VisionImage frame) =>
        new FaceQualityAssessor(_engine.Options.Quality).Assess(frame, FaceEngine.ChooseFace(_engine.Detect(frame), frame)!);

    // The photo scaled to the given height in the middle of a width × height camera frame.
    // the reason is advice by the shipped limits, a held-back frame's reason without them, and the engine compares
    // the frame while passing the advice on for the patient's guidance
    private void AssertGuidanceOnly(VisionImage reference, VisionImage frame, QualityReason reason)
    {
        DetectedFace face = FaceEngine.ChooseFace(_engine.Detect(frame), frame)!;
        FaceQuality shipped = new FaceQualityAssessor(_engine.Options.Quality).Assess(frame, face);
        Assert.Contains(reason, shipped.Advice);
        Assert.DoesNotContain(reason, shipped.Reasons);
        FaceQuality holding = new FaceQualityAssessor(_engine.Options.Quality with { Advisory = [] }).Assess(frame, face);
        Assert.Contains(reason, holding.Reasons);
        Assert.Empty(holding.Advice);

        using ReferenceFace enrolled = _engine.EnrolReference(reference);
        FrameAnalysis analysis = _engine.Analyse(frame, enrolled);
        Assert.NotNull(analysis.Similarity);
        Assert.Contains(reason, analysis.Reasons);
    }

    private static VisionImage Frame(VisionImage photo, int faceHeight, int width = 640, int height = 480)
    {
        double s = faceHeight / (double)photo.Height;
        return photo.WarpAffine([s, 0, (width - (photo.Width * s)) / 2, 0, s, (height - (photo.Height * s)) / 2], width, height);
    }
}
