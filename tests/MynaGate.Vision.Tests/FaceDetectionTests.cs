using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Tests;

public class FaceDetectionTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private readonly FaceEngine _engine = fixture.Engine;

    [Theory]
    [InlineData("img1.jpg")]
    [InlineData("img5.jpg")]
    [InlineData("img13.jpg")]
    [InlineData("img20.jpg")]
    [InlineData("img33.jpg")]
    public void A_portrait_has_one_face_with_landmarks_inside_its_box(string file)
    {
        using VisionImage image = TestData.Load(TestData.Deepface(file));
        DetectedFace face = Assert.Single(_engine.Detect(image));
        Assert.All(face.Landmarks, p => Assert.True(face.Box.Contains(p)));
        Assert.True(face.RightEye.X < face.LeftEye.X, "the subject's right eye is on the image's left");
        Assert.True(face.Nose.Y > face.RightEye.Y && face.RightMouth.Y > face.Nose.Y);
    }

    [Theory]
    [InlineData(60, 66)]
    [InlineData(1, 1)]
    [InlineData(31, 17)]
    [InlineData(2000, 8)]
    public void A_tiny_or_sliver_frame_is_searched_without_a_fault(int width, int height)
    {
        using VisionImage image = VisionImage.FromPixels(Enumerable.Repeat((byte)128, width * height * 3).ToArray(), width, height, 3);
        Assert.Empty(_engine.Detect(image));
    }

    [Fact]
    public void The_couple_photo_has_two_faces()
    {
        using VisionImage image = TestData.Load(TestData.Deepface("couple.jpg"));
        Assert.Equal(2, _engine.Detect(image).Count);
    }

    [Fact]
    public void The_group_selfie_has_its_four_whole_faces_and_no_more_than_the_seven_visible()
    {
        using VisionImage image = TestData.Load(TestData.Deepface("selfie-many-people.jpg"));
        Assert.InRange(_engine.Detect(image).Count, 4, 7);
    }

    [Fact]
    public void Blank_and_noise_frames_have_no_face()
    {
        using VisionImage blank = VisionImage.FromPixels(Enumerable.Repeat((byte)128, 640 * 480 * 3).ToArray(), 640, 480, 3);
        Assert.Empty(_engine.Detect(blank));
        var random = new Random(3);
        byte[] noise = new byte[640 * 480 * 3];
        random.NextBytes(noise);
        using VisionImage noisy = VisionImage.FromPixels(noise, 640, 480, 3);
        Assert.Empty(_engine.Detect(noisy));
    }

    [Fact]
    public void The_largest_centred_face_is_chosen()
    {
        using VisionImage image = TestData.Load(TestData.Deepface("selfie-many-people.jpg"));
        IReadOnlyList<DetectedFace> faces = _engine.Detect(image);
        DetectedFace chosen = FaceEngine.ChooseFace(faces, image)!;
        Assert.Equal(faces.Max(f => f.Box.Width * f.Box.Height), chosen.Box.Width * chosen.Box.Height, 1f);
    }
}
