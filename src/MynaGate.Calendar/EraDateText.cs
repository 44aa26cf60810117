using System.Globalization;
using System.Text.RegularExpressions;

namespace MynaGate.Calendar;

/// <summary>
/// 和暦 dates as printed on cards and certificates: "昭和55年 2月17日", "令和元年5月1日". Works on compacted text
/// (no spaces); a date is accepted only when it exists within its era.
/// </summary>
public static partial class EraDateText
{
    /// <summary>The era names, and every character an era date can contain.</summary>
    public const string Alphabet = "0123456789元年月日明治大正昭和平成令和";

    /// <summary>True when <paramref name="compact"/> is exactly one era date.</summary>
    public static bool TryParse(string compact, out DateOnly date)
    {
        var match = EraDate().Match(compact);
        date = default;
        return match.Success && match.Index == 0 && match.Length == compact.Length && TryConvert(match, out date);
    }

    /// <summary>Every era date found in <paramref name="compact"/>, left to right; null when any of them does not
    /// exist in its era (a misread should not drop silently out of a range).</summary>
    public static DateOnly[]? FindAll(string compact)
    {
        var dates = new List<DateOnly>();
        foreach (Match match in EraDate().Matches(compact))
        {
            if (!TryConvert(match, out var date))
            {
                return null;
            }

            dates.Add(date);
        }

        return [.. dates];
    }

    private static bool TryConvert(Match match, out DateOnly date)
    {
        string yearText = match.Groups["year"].Value;
        int year = yearText == "元" ? 1 : Number(yearText);
        return JapaneseEra.TryToGregorian(match.Groups["era"].Value, year, Number(match.Groups["month"].Value), Number(match.Groups["day"].Value), out date);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("(?<era>明治|大正|昭和|平成|令和)(?<year>元|[0-9]{1,2})年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日")]
    private static partial Regex EraDate();
}
