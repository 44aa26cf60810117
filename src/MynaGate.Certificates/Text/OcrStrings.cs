namespace MynaGate.Certificates.Text;

/// <summary>Normalisation of text as Tesseract returns it.</summary>
public static class OcrStrings
{
    /// <summary>Tesseract may return spaces (ASCII or full-width) between characters; no field has one that matters.</summary>
    public static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
