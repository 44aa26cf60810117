using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// The Japanese fonts Debian ships (fonts-ipafont-gothic, fonts-ipafont-mincho, fonts-noto-cjk), loaded once. A
/// generated document picks one by its seed, so the OCR sees more than one typeface.
/// </summary>
public sealed class SyntheticFonts : IDisposable
{
    private static readonly (string Path, int Face)[] Candidates =
    [
        ("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", 0),
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0), // face 0 is "Noto Sans CJK JP"
        ("/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf", 0),
        ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 0),
    ];

    private readonly TextFont[] _fonts;

    private SyntheticFonts(TextFont[] fonts) => _fonts = fonts;

    public int Count => _fonts.Length;

    /// <summary>Loads every installed candidate; fails when none is installed.</summary>
    public static SyntheticFonts Load()
    {
        var fonts = Candidates.Where(c => File.Exists(c.Path)).Select(c => TextFont.Load(c.Path, c.Face)).ToArray();
        if (fonts.Length == 0)
        {
            throw new FileNotFoundException("No Japanese font found: install fonts-ipafont-gothic or fonts-noto-cjk (./mynagate setup does).");
        }

        return new SyntheticFonts(fonts);
    }

    /// <summary>The font for index <paramref name="choice"/> (taken modulo the number of fonts).</summary>
    public TextFont this[int choice] => _fonts[Math.Abs(choice % _fonts.Length)];

    public void Dispose()
    {
        foreach (var font in _fonts)
        {
            font.Dispose();
        }
    }
}
