using System.Drawing;

namespace MynaGate.Vision.Faces;

/// <summary>
/// The colours masks come in (white and light-blue surgical, black, grey or beige cloth). The chip photo is
/// embedded once per colour with a synthetic mask painted on, so a masked probe meets a reference wearing a
/// similar mask without an extra network run per frame.
/// </summary>
public static class MaskPalette
{
    public static IReadOnlyList<Color> Colours { get; } =
    [
        Color.FromArgb(232, 232, 232),
        Color.FromArgb(150, 190, 215),
        Color.FromArgb(40, 40, 45),
        Color.FromArgb(130, 130, 135),
        Color.FromArgb(200, 175, 150),
    ];

    /// <summary>Index of the palette colour nearest to <paramref name="colour"/> (Euclidean in RGB).</summary>
    public static int Nearest(Color colour)
    {
        int best = 0;
        int bestDistance = int.MaxValue;
        for (int i = 0; i < Colours.Count; i++)
        {
            Color c = Colours[i];
            int d = Square(c.R - colour.R) + Square(c.G - colour.G) + Square(c.B - colour.B);
            if (d < bestDistance)
            {
                (best, bestDistance) = (i, d);
            }
        }

        return best;
    }

    private static int Square(int v) => v * v;
}
