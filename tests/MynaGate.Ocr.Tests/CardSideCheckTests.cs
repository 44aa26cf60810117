using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Synthetic;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;

namespace MynaGate.Ocr.Tests;

/// <summary>
/// The card's side by the photo every front carries (R37): a front with a real face photo, either way up, is a front;
/// its back is not; an empty tray has no card. The photos are dataset faces the check was not built on.
/// </summary>
[Collection(OcrGroup.Name)]
public sealed class CardSideCheckTests(OcrFixture fixture) : IDisposable
{
    private readonly CardSideCheck _check = new(FaceDetector.Create(FaceEngineOptions.Default().DetectorModel, ModelDirectory.Resolve(), FaceEngineOptions.Default().Detector));

    private static string Shared => Environment.GetEnvironmentVariable("MYNAGATE_SHARED")
        ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));

    [Theory]
    [InlineData("img1.jpg", 31)]
    [InlineData("img7.jpg", 32)]
    [InlineData("img20.jpg", 33)]
    public void A_front_shows_its_photo_either_way_up_and_its_back_shows_none(string photoFile, int seed)
    {
        var persona = PersonaGenerator.Generate(seed);
        using var photo = VisionImage.Decode(File.ReadAllBytes(Path.Combine(Shared, "datasets", "deepface-unit", photoFile)), ImageLimits.Default);
        using var front = fixture.Renderer.Render(persona, photo, seed);
        using var turned = front.WarpAffine([-1, 0, front.Width - 1, 0, -1, front.Height - 1], front.Width, front.Height);
        using var back = new CardBackRenderer(fixture.Fonts).Render(persona, seed);

        Assert.True(_check.ShowsFront(Capture(front, seed)));
        Assert.True(_check.ShowsFront(Capture(turned, seed)));
        Assert.False(_check.ShowsFront(Capture(back, seed)));
    }

    [Fact]
    public void An_empty_tray_has_no_card_to_tell()
    {
        using var tray = VisionImage.Decode(SyntheticCamera.EmptyTray(1400, 5), ImageLimits.Default);
        Assert.Null(_check.ShowsFront(tray));
    }

    private static VisionImage Capture(VisionImage card, int seed) =>
        VisionImage.Decode(SyntheticCamera.Capture(card, CameraEffects.Default, seed).Jpeg, ImageLimits.Default);

    public void Dispose() => _check.Dispose();
}
