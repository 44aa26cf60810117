namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// Face images from ../shared/datasets: deepface-unit (one person's chip photo and camera frames, and another person)
/// and mfr2-dev (one person masked and unmasked).
/// </summary>
public static class Faces
{
    private static string Shared => Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } s
        ? s : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));

    public static string File(string name) => Path.Combine(Shared, "datasets", "deepface-unit", name);

    /// <summary>The chip photo of the genuine holder.</summary>
    public static string ChipPhoto => File("img1.jpg");

    public static IReadOnlyList<byte[]> Genuine => Load("img2.jpg", "img4.jpg", "img5.jpg", "img6.jpg", "img7.jpg", "img10.jpg");

    public static IReadOnlyList<byte[]> Impostor => Load("img13.jpg", "img14.jpg", "img15.jpg", "img16.jpg", "img17.jpg", "img20.jpg");

    /// <summary>mfr2-dev's BenAffleck: image 3 (no mask) as the chip photo's source.</summary>
    public static string MaskedHolderPhoto => Mfr2("BenAffleck", 3);

    /// <summary>
    /// A masked face the engine cannot match, then the holder unmasked: what a camera sees before and after the mask
    /// prompt. The shipped engine (flip, fused masked comparison) matches most masked holders at once, this one's own
    /// masked photos included, so the frames before the prompt are a masked face it does not recognise: another man's
    /// masked photos from mfr2-dev (RonDesantis 1, 2, 4, 5, twice: the rule decides on five compared frames).
    /// </summary>
    public static IReadOnlyList<byte[]> MaskedThenLowered =>
        [.. new[] { 1, 2, 4, 5, 1, 2, 4, 5 }.Select(i => System.IO.File.ReadAllBytes(Mfr2("RonDesantis", i))), .. Enumerable.Repeat(System.IO.File.ReadAllBytes(Mfr2("BenAffleck", 7)), 6)];

    /// <summary>The holder in four masks (surgical, cloth), then unmasked.</summary>
    public static IReadOnlyList<byte[]> HolderMasked =>
        [.. new[] { 1, 2, 4, 5, 6 }.Select(i => System.IO.File.ReadAllBytes(Mfr2("BenAffleck", i))), .. Enumerable.Repeat(System.IO.File.ReadAllBytes(Mfr2("BenAffleck", 7)), 6)];

    private static string Mfr2(string identity, int index) => Path.Combine(Shared, "datasets", "mfr2-dev", identity, $"{identity}_{index:D4}.png");

    private static byte[][] Load(params string[] names) => [.. names.Select(n => System.IO.File.ReadAllBytes(File(n)))];
}
