using System.Text.RegularExpressions;

namespace MynaGate.Ocr.Paddle;

/// <summary>
/// PP-OCR's dictionary is Chinese-first, and in some Japanese faces it reads a date's kanji as a look-alike that can
/// never belong in a date: 日 as H (a Latin letter), 口, 曰 or 山 (IPAex Mincho), 令 as 今, 合, 仓 or 分 (which start no era), 平 as 半, 昭 as 邵 or 照 and 和 as 租 or 利
/// (an era's look-alike changes the Gregorian date, never the era-year digits 照合番号B is made of). Each is put back before a
/// date or number is parsed, character for character, so the text stays aligned with where PP-OCR read each character.
/// One digit is taken out: a 1 between 和 and two more digits before 年 (昭和130年), the last stroke of a light 和 read
/// as a digit, since no era has a year of three digits; it becomes a space, so Tesseract is asked for the two digits
/// alone, cut past the stroke. No other digit is ever changed, and Tesseract must still read the same value.
/// </summary>
internal static partial class PaddleDateText
{
    // each look-alike, and the date's character it stands for
    private const string LookAlikes = "H口曰山今合仓分半邵照租利";
    private const string Meant = "日日日日令令令令平昭昭和和";

    public static string Normalize(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            int lookAlike = LookAlikes.IndexOf(chars[i], StringComparison.Ordinal);
            if (lookAlike >= 0) chars[i] = Meant[lookAlike];
        }

        return StrokeOfWa().Replace(new string(chars), " ");
    }

    // a 1 of the year stands at least two of PP-OCR's steps (about 0.42 of the line's height) from the 和 before it,
    // on 1,000 generated cards; the stroke PP-OCR read as 昭和17年's 1 stood one step (0.22) away
    private const double StrokeReach = 0.33;

    /// <summary>Whether PP-OCR read a 1 hard against a 和 in <paramref name="normalized"/>, nearer than a third of the
    /// line's height (<paramref name="lineHeight"/>, in the units of <paramref name="positions"/>): the last stroke
    /// of a light 和 read as a digit (昭和7年 as 昭和17年), which Tesseract may read alike. Such a line is not
    /// parsed.</summary>
    public static bool HasStrokeOfWa(string normalized, float[] positions, double lineHeight)
    {
        for (int i = 0; i + 1 < Math.Min(normalized.Length, positions.Length); i++)
        {
            if (normalized[i] == '和' && normalized[i + 1] == '1' && positions[i + 1] - positions[i] < StrokeReach * lineHeight) return true;
        }

        return false;
    }

    [GeneratedRegex("(?<=和)1(?=[0-9]{2}年)")]
    private static partial Regex StrokeOfWa();
}
