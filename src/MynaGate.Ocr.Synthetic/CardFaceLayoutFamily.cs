namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// How a card printer may arrange the front, as families of layouts: within a family every position, gap and type
/// size is drawn at random (<see cref="CardFaceDesign"/>), so no pixel of it can be learnt; the families differ in
/// structure. <see cref="Stacked"/> and <see cref="Offset"/> are held out: nothing in the reader was set on them.
/// </summary>
public enum CardFaceLayoutFamily
{
    /// <summary>Labels (氏名, 住所) in a column left of their values, 性別 on the birth line, the expiry in a white box.</summary>
    Classic,

    /// <summary>Small type and tight line spacing, the expiry without its box, the sex close after the birth date.</summary>
    Tight,

    /// <summary>Large type, wide spacing, the sex far along the birth line.</summary>
    Airy,

    /// <summary>Held out. Each label printed above its value, the sex's value without its label, the code at the
    /// photo's right edge.</summary>
    Stacked,

    /// <summary>Held out. The text block pushed right and down, a smaller photo set lower, the code left under it,
    /// the expiry boxed in colour.</summary>
    Offset,
}

/// <summary>Which families the reader was measured on while it was built, and which are kept back.</summary>
public static class CardFaceLayoutFamilies
{
    public static readonly CardFaceLayoutFamily[] Tuning = [CardFaceLayoutFamily.Classic, CardFaceLayoutFamily.Tight, CardFaceLayoutFamily.Airy];

    public static readonly CardFaceLayoutFamily[] HeldOut = [CardFaceLayoutFamily.Stacked, CardFaceLayoutFamily.Offset];

    public static bool IsHeldOut(this CardFaceLayoutFamily family) => HeldOut.Contains(family);
}
