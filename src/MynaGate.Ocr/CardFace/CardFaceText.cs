using System.Globalization;
using System.Text.RegularExpressions;
using MynaGate.Calendar;
using MynaGate.Certificates.Text;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// Parses the text of the card's field lines, as either engine reads them. Each pattern includes its anchor — 生
/// after the birth date, まで有効 after the expiry — so another date on the card (the 電子証明書 expiry, printed after
/// its label) is never taken for either. PP-OCR's dictionary has no kana: it reads まで as nothing or up to three
/// other characters and 効 as 效, a look-alike or nothing, so after the expiry date the anchor is also met by a short
/// non-digit run, 有, and at most one more character.
/// </summary>
public static partial class CardFaceText
{
    /// <summary>Characters the birth-date line may contain.</summary>
    public const string BirthAlphabet = EraDateText.Alphabet + "生";

    /// <summary>Characters the expiry line may contain.</summary>
    public const string ExpiryAlphabet = "0123456789年月日まで有効";

    public const string Digits = "0123456789";

    /// <summary>"昭和55年 2月17日生" → 1980-02-17; false unless the whole line is an existing date of that era.</summary>
    public static bool TryParseBirth(string line, out DateOnly date)
    {
        string compact = OcrStrings.Compact(line);
        date = default;
        return compact.EndsWith('生') && EraDateText.TryParse(compact[..^1], out date);
    }

    /// <summary>"2035年 2月17日まで有効" (or PP-OCR's "2035年2月17日飞有效") → 2035-02-17; false unless the whole line
    /// is an existing date and its anchor.</summary>
    public static bool TryParseExpiry(string line, out DateOnly date)
    {
        date = default;
        var match = ExpiryPattern().Match(OcrStrings.Compact(line));
        return match.Success && TryDate(Number(match.Groups["year"].Value), Number(match.Groups["month"].Value), Number(match.Groups["day"].Value), out date);
    }

    /// <summary>Exactly four digits.</summary>
    public static bool IsSecurityCode(string line) => SecurityCodePattern().IsMatch(OcrStrings.Compact(line));

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex("^(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日(?:まで有効|[^0-9]{0,3}有[^0-9]?)$")]
    private static partial Regex ExpiryPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex SecurityCodePattern();
}
