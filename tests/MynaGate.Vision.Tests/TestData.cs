using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;

namespace MynaGate.Vision.Tests;

/// <summary>Paths into ../shared (datasets, models) and one face engine shared by the tests of a class.</summary>
internal static class TestData
{
    public static string Shared { get; } = Environment.GetEnvironmentVariable("MYNAGATE_SHARED")
        ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));

    public static string Deepface(string file) => Path.Combine(Shared, "datasets", "deepface-unit", file);

    public static string Liveness(string file) => Path.Combine(Shared, "datasets", "liveness-samples", file);

    public static string Mfr2(string identity, int index) =>
        Path.Combine(Shared, "datasets", "mfr2-dev", identity, $"{identity}_{index:D4}.png");

    public static string Models => ModelDirectory.Resolve();

    /// <summary>A chip-photo-like greyscale JPEG 2000 (about 300 pixels high) of a photo.</summary>
    public static byte[] ChipPhoto(VisionImage photo)
    {
        using VisionImage small = photo.Resize(photo.Width * 300 / photo.Height, 300);
        using VisionImage grey = small.ToGrey();
        return grey.Encode(ImageFormat.Jpeg2000, 250);
    }

    public static VisionImage Load(string path, bool grey = false) => VisionImage.Decode(File.ReadAllBytes(path), ImageLimits.Default, grey);
}

/// <summary>One engine for a test class (creating one loads four networks).</summary>
public sealed class EngineFixture : IDisposable
{
    public FaceEngine Engine { get; } = FaceEngine.Create(FaceEngineOptions.Default(), TestData.Models);

    public void Dispose() => Engine.Dispose();
}
