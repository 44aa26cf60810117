using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// Japanese typefaces of one <see cref="FontSet"/> (<see cref="FontCatalogue"/>), loaded once. A generated document
/// picks one by its seed, so the OCR sees more than one typeface.
/// </summary>
public sealed class SyntheticFonts : IDisposable
{
    private readonly TextFont[] _fonts;
    private readonly FontFace[] _faces;

    private SyntheticFonts(TextFont[] fonts, FontFace[] faces)
    {
        _fonts = fonts;
        _faces = faces;
    }

    public int Count => _fonts.Length;

    /// <summary>Loads every installed face of <paramref name="set"/>; fails when none is installed.</summary>
    public static SyntheticFonts Load(FontSet set = FontSet.Classic)
    {
        var faces = FontCatalogue.Of(set).Where(f => File.Exists(f.Path)).ToArray();
        if (faces.Length == 0)
        {
            string packages = string.Join(' ', FontCatalogue.Of(set).Select(f => f.Package).Distinct());
            throw new FileNotFoundException($"No {set} Japanese font found: install {packages} (./mynagate setup does).");
        }

        var fonts = new List<TextFont>();
        try
        {
            foreach (var face in faces) fonts.Add(TextFont.Load(face.Path, face.Face));
            return new SyntheticFonts([.. fonts], faces);
        }
        catch
        {
            foreach (var font in fonts) font.Dispose();
            throw;
        }
    }

    /// <summary>The font for index <paramref name="choice"/> (taken modulo the number of fonts).</summary>
    public TextFont this[int choice] => _fonts[Index(choice)];

    /// <summary>Which face index <paramref name="choice"/> names (taken modulo the number of fonts).</summary>
    public FontFace Describe(int choice) => _faces[Index(choice)];

    public void Dispose()
    {
        foreach (var font in _fonts)
        {
            font.Dispose();
        }
    }

    private int Index(int choice) => Math.Abs(choice % _fonts.Length);
}
