namespace MynaGate.Ocr.CardFace;

/// <summary>
/// PP-OCR's dictionary is Chinese-first, and in some Japanese faces it reads a date's kanji as a look-alike that can
/// never belong in a date: 日 as H (a Latin letter), 令 as 今 (which starts no era). Each is put back before parsing;
/// a digit is never changed, and Tesseract must still read the same value.
/// </summary>
internal static class PaddleDateText
{
    public static string Normalize(string text) => text.Replace('H', '日').Replace('今', '令');
}
