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

    /// <summary>The one era date followed by 生 anywhere in a detected line ("昭和55年2月17日生 性別 女" → 1980-02-17),
    /// whatever else shares the line, or by the sex (性, 別, 男 or 女) with at most three characters between, one of
    /// them a digit (生 misread or unread); false when there is none, or more than one.</summary>
    public static bool TryFindBirth(string line, out DateOnly date)
    {
        date = default;
        var matches = BirthPattern().Matches(OcrStrings.Compact(line));
        return matches.Count == 1 && EraDateText.TryParse(matches[0].Groups["date"].Value, out date);
    }

    /// <summary>The one era date in a detected line whatever follows it, its 生 unread ("昭和7年9月6日1"): a birth date
    /// only when another engine reads the anchor (<see cref="ConfirmsAnchoredBirth"/>); false when there is none, or
    /// more than one.</summary>
    public static bool TryFindEraDate(string line, out DateOnly date)
    {
        date = default;
        var matches = EraDatePattern().Matches(OcrStrings.Compact(line));
        return matches.Count == 1 && EraDateText.TryParse(matches[0].Value, out date);
    }

    /// <summary>Whether a second engine's text of the birth line carries <paramref name="birth"/>'s 和暦 year, month
    /// and day followed by 日生: the anchor PP-OCR did not read.</summary>
    public static bool ConfirmsAnchoredBirth(string line, DateOnly birth) => CarriesEraDate(AnchoredEraDigitsPattern(), line, birth);

    /// <summary>The one birth date whose era PP-OCR read as 和 alone, its 令 or 昭 dropped ("和4年8月12日生"), taken
    /// to be of <paramref name="era"/>, 昭和 or 令和 (the eras that end in 和): a birth date only when another engine reads
    /// that era (<see cref="ConfirmsBirthInEra"/>); false when there is none, or more than one.</summary>
    public static bool TryFindBirthOfBareWa(string line, string era, out DateOnly date)
    {
        date = default;
        var matches = BareWaBirthPattern().Matches(OcrStrings.Compact(line));
        return matches.Count == 1 && EraDateText.TryParse(era + matches[0].Groups["date"].Value, out date);
    }

    /// <summary>Whether a second engine's text of the birth line carries <paramref name="birth"/>'s era itself as well
    /// as its 和暦 year, month and day: the era PP-OCR read as 和 alone.</summary>
    public static bool ConfirmsBirthInEra(string line, DateOnly birth) => CarriesEraDate(EraNamedDigitsPattern(), line, birth);

    /// <summary>Where the one birth date <see cref="TryFindBirth"/> finds in <paramref name="line"/> ends (the index
    /// after its 日); the line's length when there is none, or more than one.</summary>
    public static int BirthDateEnd(string line) => EndOf(BirthPattern(), "date", line);

    /// <summary>Where the one era date <see cref="TryFindEraDate"/> finds in <paramref name="line"/> ends (the index
    /// after its 日); the line's length when there is none, or more than one.</summary>
    public static int EraDateEnd(string line) => EndOf(EraDatePattern(), "0", line);

    /// <summary>Where the one date <see cref="TryFindBirthOfBareWa"/> finds in <paramref name="line"/> ends (the index
    /// after its 日); the line's length when there is none, or more than one.</summary>
    public static int BareWaBirthDateEnd(string line) => EndOf(BareWaBirthPattern(), "date", line);

    /// <summary>Where the one expiry date <see cref="TryFindExpiry"/> finds in <paramref name="line"/> ends (the index
    /// after its 日); the line's length when there is none, or more than one.</summary>
    public static int ExpiryDateEnd(string line) => EndOf(ExpiryAnywherePattern(), "day", line, after: 1);

    // where a group of the pattern's one match ends in the line, and so many characters after it
    private static int EndOf(Regex pattern, string group, string line, int after = 0)
    {
        var matches = pattern.Matches(OcrStrings.Compact(line));
        if (matches.Count != 1) return line.Length;
        var found = matches[0].Groups[group];
        return IndexInLine(line, found.Index + found.Length + after);
    }

    // an index in the line without its spaces, as the patterns match it, in the line itself
    private static int IndexInLine(string line, int compactIndex)
    {
        int index = 0;
        for (int kept = 0; kept < compactIndex; index++)
        {
            if (!char.IsWhiteSpace(line[index])) kept++;
        }

        return index;
    }

    /// <summary>A birth date printed in 西暦 ("1980年2月17日生"), as on a foreign resident's card, whose 照合番号B
    /// rule is not known (spec §1.8).</summary>
    public static bool IsGregorianBirth(string line) => GregorianBirthPattern().IsMatch(OcrStrings.Compact(line));

    /// <summary>The one expiry date and its anchor anywhere in a detected line; false when there is none or more.</summary>
    public static bool TryFindExpiry(string line, out DateOnly date)
    {
        date = default;
        var matches = ExpiryAnywherePattern().Matches(OcrStrings.Compact(line));
        return matches.Count == 1 && TryDate(Number(matches[0].Groups["year"].Value), Number(matches[0].Groups["month"].Value), Number(matches[0].Groups["day"].Value), out date);
    }

    /// <summary>Whether a second engine's text of the birth line carries the same 和暦 year, month and day as
    /// <paramref name="birth"/> ("43年5月26" in "和43年5月26日生"): the era and the anchor it may drop or garble.</summary>
    public static bool ConfirmsBirth(string line, DateOnly birth) => CarriesEraDate(EraDigitsPattern(), line, birth);

    // whether a match of the pattern's year, month and day groups in the line is the birth date's 和暦 year, month and
    // day, and of its era when the pattern names one
    private static bool CarriesEraDate(Regex pattern, string line, DateOnly birth)
    {
        var (era, eraYear) = JapaneseEra.From(birth);
        foreach (Match match in pattern.Matches(OcrStrings.Compact(line)))
        {
            if (match.Groups["era"].Success && match.Groups["era"].Value != era) continue;
            string year = match.Groups["year"].Value;
            if ((year == "元" ? 1 : Number(year)) == eraYear && Number(match.Groups["month"].Value) == birth.Month && Number(match.Groups["day"].Value) == birth.Day)
                return true;
        }
        return false;
    }

    /// <summary>Whether a second engine's text of the expiry line carries the same year, month and day.</summary>
    public static bool ConfirmsExpiry(string line, DateOnly expiry)
    {
        foreach (Match match in GregorianDigitsPattern().Matches(OcrStrings.Compact(line)))
        {
            if (Number(match.Groups["year"].Value) == expiry.Year && Number(match.Groups["month"].Value) == expiry.Month && Number(match.Groups["day"].Value) == expiry.Day)
                return true;
        }
        return false;
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

    // PP-OCR reads a thin 生 as 牛 in some faces, and as 4, ：, or nothing in a light mincho where the sex that follows
    // only the birth date is still read (性, 別, or its value 男 or 女 with up to two garbled characters before it);
    // Tesseract, held to the field's alphabet, reads only 生
    [GeneratedRegex("(?<date>(?:明治|大正|昭和|平成|令和)(?:元|[0-9]{1,2})年[0-9]{1,2}月[0-9]{1,2}日)(?:[生牛]|[^0-9生牛]?[0-9]?[^0-9]{0,2}[性別别男女])")]
    private static partial Regex BirthPattern();

    [GeneratedRegex("(?:明治|大正|昭和|平成|令和)(?:元|[0-9]{1,2})年[0-9]{1,2}月[0-9]{1,2}日")]
    private static partial Regex EraDatePattern();

    // 和 with no era kanji before it, the anchor as BirthPattern's
    [GeneratedRegex("(?<![昭令])和(?<date>(?:元|[0-9]{1,2})年[0-9]{1,2}月[0-9]{1,2}日)(?:[生牛]|[^0-9生牛]?[0-9]?[^0-9]{0,2}[性別别男女])")]
    private static partial Regex BareWaBirthPattern();

    [GeneratedRegex("(?<era>昭和|令和)(?<year>元|[0-9]{1,2})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})(?![0-9])")]
    private static partial Regex EraNamedDigitsPattern();

    [GeneratedRegex("(?<![0-9])(?<year>元|[0-9]{1,2})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日生")]
    private static partial Regex AnchoredEraDigitsPattern();

    [GeneratedRegex("(?<![0-9])[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日生")]
    private static partial Regex GregorianBirthPattern();

    // the same anchor as a whole expiry line; the 電子証明書 expiry has its label before the date and nothing after
    [GeneratedRegex("(?<![0-9])(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日(?:まで有効|[^0-9]{0,3}有)")]
    private static partial Regex ExpiryAnywherePattern();

    [GeneratedRegex("(?<![0-9])(?<year>元|[0-9]{1,2})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})(?![0-9])")]
    private static partial Regex EraDigitsPattern();

    [GeneratedRegex("(?<![0-9])(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})(?![0-9])")]
    private static partial Regex GregorianDigitsPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex SecurityCodePattern();
}
