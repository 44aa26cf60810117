namespace MynaGate.Ocr.Paddle;

/// <summary>
/// PP-OCR's dictionary is Chinese-first, and in some Japanese faces it reads a date's kanji as a look-alike that can
/// never belong in a date: 日 as H (a Latin letter), 口, 曰 or 山 (IPAex Mincho), 令 as 今 or 合 (which start no era), 昭 as 邵 and 和 as 租 or 利
/// (an era's look-alike changes the Gregorian date, never the era-year digits 照合番号B is made of). Each is put back before a
/// date or number is parsed; a digit is never changed, and Tesseract must still read the same value.
/// </summary>
internal static class PaddleDateText
{
    public static string Normalize(string text) => text.Replace('H', '日').Replace('口', '日').Replace('曰', '日').Replace('今', '令').Replace('合', '令').Replace('邵', '昭').Replace('租', '和').Replace('利', '和').Replace('山', '日');
}
