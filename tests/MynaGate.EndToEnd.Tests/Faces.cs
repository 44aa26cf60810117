namespace MynaGate.EndToEnd.Tests;

/// <summary>Face images from ../shared/datasets/deepface-unit: one person's chip photo and camera frames, and another person.</summary>
public static class Faces
{
    private static string Shared => Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } s
        ? s : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));

    public static string File(string name) => Path.Combine(Shared, "datasets", "deepface-unit", name);

    /// <summary>The chip photo of the genuine holder.</summary>
    public static string ChipPhoto => File("img1.jpg");

    public static IReadOnlyList<byte[]> Genuine => Load("img2.jpg", "img4.jpg", "img5.jpg", "img6.jpg", "img7.jpg", "img10.jpg");

    public static IReadOnlyList<byte[]> Impostor => Load("img13.jpg", "img14.jpg", "img15.jpg", "img16.jpg", "img17.jpg", "img20.jpg");

    private static byte[][] Load(params string[] names) => [.. names.Select(n => System.IO.File.ReadAllBytes(File(n)))];
}
