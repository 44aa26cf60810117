namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// The Japanese typefaces Debian packages that the generators use, by family. A family is held out whole (every
/// weight and style), so no reader setting was chosen on any of its glyphs: Morisawa's BIZ UD (the universal-design
/// face many Japanese forms are printed in), Motoya's L Cedar and L Maruberi (rounded), and Hanazono Mincho.
/// </summary>
public static class FontCatalogue
{
    private const string Noto = "/usr/share/fonts/opentype/noto/";
    private const string TrueType = "/usr/share/fonts/truetype/";

    /// <summary>Every face, tuning families first; <see cref="FontSet.Classic"/> is the first four.</summary>
    public static readonly IReadOnlyList<(FontFace Face, FontSet Set)> Faces =
    [
        (new("IPA", "Gothic", "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", 0, "fonts-ipafont-gothic"), FontSet.Classic),
        (new("Noto CJK", "Sans", Noto + "NotoSansCJK-Regular.ttc", 0, "fonts-noto-cjk"), FontSet.Classic), // face 0 is "Noto Sans CJK JP"
        (new("IPA", "Mincho", "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf", 0, "fonts-ipafont-mincho"), FontSet.Classic),
        (new("Noto CJK", "Serif", Noto + "NotoSerifCJK-Regular.ttc", 0, "fonts-noto-cjk"), FontSet.Classic),
        (new("Noto CJK", "Sans Bold", Noto + "NotoSansCJK-Bold.ttc", 0, "fonts-noto-cjk"), FontSet.Tuning),
        (new("Noto CJK", "Serif Bold", Noto + "NotoSerifCJK-Bold.ttc", 0, "fonts-noto-cjk"), FontSet.Tuning),
        (new("IPA", "Ex Gothic", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 0, "fonts-ipaexfont-gothic"), FontSet.Tuning),
        (new("IPA", "Ex Mincho", "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", 0, "fonts-ipaexfont-mincho"), FontSet.Tuning),
        (new("VL", "Gothic", TrueType + "vlgothic/VL-Gothic-Regular.ttf", 0, "fonts-vlgothic"), FontSet.Tuning),
        (new("Sawarabi", "Gothic", TrueType + "sawarabi-gothic/sawarabi-gothic-medium.ttf", 0, "fonts-sawarabi-gothic"), FontSet.Tuning),
        (new("Sawarabi", "Mincho", TrueType + "sawarabi-mincho/sawarabi-mincho-medium.ttf", 0, "fonts-sawarabi-mincho"), FontSet.Tuning),
        (new("Ume", "Gothic", TrueType + "horai-umefont/ume-tgo4.ttf", 0, "fonts-horai-umefont"), FontSet.Tuning),
        (new("Ume", "Mincho", TrueType + "horai-umefont/ume-tmo3.ttf", 0, "fonts-horai-umefont"), FontSet.Tuning),
        (new("BIZ UD", "Gothic", TrueType + "bizud-gothic/BIZUDGothic-Regular.ttf", 0, "fonts-morisawa-bizud-gothic"), FontSet.HeldOut),
        (new("BIZ UD", "Gothic Bold", TrueType + "bizud-gothic/BIZUDGothic-Bold.ttf", 0, "fonts-morisawa-bizud-gothic"), FontSet.HeldOut),
        (new("BIZ UD", "Mincho", TrueType + "bizud-mincho/BIZUDMincho-Regular.ttf", 0, "fonts-morisawa-bizud-mincho"), FontSet.HeldOut),
        (new("Motoya", "L Cedar", TrueType + "motoya-l-cedar/MTLc3m.ttf", 0, "fonts-motoya-l-cedar"), FontSet.HeldOut),
        (new("Motoya", "L Maruberi", TrueType + "motoya-l-maruberi/MTLmr3m.ttf", 0, "fonts-motoya-l-maruberi"), FontSet.HeldOut),
        (new("Hanazono", "Mincho", TrueType + "hanazono/HanaMinA.ttf", 0, "fonts-hanazono"), FontSet.HeldOut),
    ];

    /// <summary>The faces of <paramref name="set"/> (Tuning includes Classic).</summary>
    public static IEnumerable<FontFace> Of(FontSet set) =>
        Faces.Where(f => set == FontSet.Tuning ? f.Set != FontSet.HeldOut : f.Set == set).Select(f => f.Face);
}
