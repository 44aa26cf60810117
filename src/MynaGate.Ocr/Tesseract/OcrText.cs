namespace MynaGate.Ocr.Tesseract;

/// <summary>
/// What Tesseract read from one image: the symbols in reading order, with their confidences. Text read from a card
/// or certificate is personal data: keep it in memory and never log it.
/// </summary>
public sealed class OcrText
{
    public OcrText(IReadOnlyList<OcrSymbol> symbols) => Symbols = symbols;

    public IReadOnlyList<OcrSymbol> Symbols { get; }

    /// <summary>The symbols joined without spaces (Japanese fields are read as character sequences).</summary>
    public string Text => string.Concat(Symbols.Select(s => s.Text));

    /// <summary>The lowest symbol confidence, 0 when nothing was read: a field is as sure as its weakest character.</summary>
    public float MinConfidence => Symbols.Count == 0 ? 0 : Symbols.Min(s => s.Confidence);

    /// <summary>The lowest confidence among the symbols made only of characters <paramref name="counts"/> selects (the
    /// digits of a field, leaving out the label or the sex that shares its line); 0 when none is selected.</summary>
    public float MinConfidenceOf(Func<char, bool> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var selected = Symbols.Where(s => s.Text.Length > 0 && s.Text.All(counts)).ToArray();
        return selected.Length == 0 ? 0 : selected.Min(s => s.Confidence);
    }

    public override string ToString() => $"OcrText [{Symbols.Count} symbols, redacted]";
}
