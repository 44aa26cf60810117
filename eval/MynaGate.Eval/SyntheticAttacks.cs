using MynaGate.Vision.Imaging;

namespace MynaGate.Eval;

/// <summary>
/// Presentation attacks that can honestly be made from a bona fide photo without a printer or a screen: what
/// re-photographing paper or a display does to the pixels (compressed dynamic range, paper grain and blur, screen
/// moiré and colour cast). They test the liveness models' sensitivity, not real attacks.
/// </summary>
internal static class SyntheticAttacks
{
    public static IReadOnlyList<string> Names { get; } = ["printed paper", "screen moire", "reduced dynamic range"];

    public static VisionImage Make(VisionImage bonaFide, string attack, int seed)
    {
        using VisionImage bgr = bonaFide.ToBgr();
        byte[] pixels = bgr.ToPixels();
        var random = new Random(seed);
        int width = bgr.Width;
        for (int i = 0; i < pixels.Length; i++)
        {
            int x = (i / 3) % width, y = i / 3 / width, channel = i % 3;
            double v = pixels[i];
            v = attack switch
            {
                // ink on paper: blacks lift, whites dull, grain
                "printed paper" => 40 + (v * 0.7) + ((random.NextDouble() - 0.5) * 18),
                // a display's pixel grid beating against the camera's: a fine interference pattern and a blue cast
                "screen moire" => (v * 0.85) + (14 * Math.Sin((x * 0.9) + (y * 0.35))) + (channel == 0 ? 18 : 0),
                _ => 64 + (v * 0.45),
            };
            pixels[i] = (byte)Math.Clamp(v, 0, 255);
        }

        using VisionImage attacked = VisionImage.FromPixels(pixels, width, bgr.Height, 3);
        Array.Clear(pixels);
        // the second camera pass softens everything once more
        using VisionImage smaller = attacked.Resize(Math.Max(1, width * 2 / 3), Math.Max(1, bgr.Height * 2 / 3));
        return smaller.Resize(width, bgr.Height);
    }
}
