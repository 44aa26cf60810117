using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Tests;

/// <summary>Test-time flip: a face and its mirror image give one embedding when it is on, two different ones when it is off.</summary>
public class FlipAugmentationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_face_and_its_mirror_image_embed_alike_only_with_the_flip(bool flip)
    {
        RecognizerDescriptor descriptor = FaceEngineOptions.Default().SelectedRecognizer with { FlipAugmentation = flip };
        using FaceRecognizer recognizer = FaceRecognizer.Create(descriptor, TestData.Models);
        using FaceEngine engine = FaceEngine.Create(FaceEngineOptions.Default(), TestData.Models);
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        DetectedFace face = FaceEngine.ChooseFace(engine.Detect(photo), photo)!;
        using VisionImage aligned = recognizer.Align(photo, face);
        using VisionImage mirrored = aligned.WarpAffine([-1, 0, aligned.Width - 1, 0, 1, 0], aligned.Width, aligned.Height);

        float similarity = recognizer.Embed(aligned).Similarity(recognizer.Embed(mirrored));

        if (flip)
        {
            Assert.True(similarity > 0.9999f, $"similarity {similarity}");
        }
        else
        {
            Assert.True(similarity < 0.99f, $"similarity {similarity}");
        }
    }
}
