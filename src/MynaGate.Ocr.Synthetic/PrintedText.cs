using MynaGate.Calendar;

namespace MynaGate.Ocr.Synthetic;

/// <summary>How the generators print numbers in dates: months and days are often space-padded (" 2月"), as on real
/// cards and certificates, and sometimes not.</summary>
internal static class PrintedText
{
    public static string Pad(int value, Random random) => value < 10 && random.Next(2) == 0 ? $" {value}" : $"{value}";

    /// <summary>"昭和55年 2月17日", "令和元年5月1日".</summary>
    public static string EraDate(DateOnly date, Random random)
    {
        var (era, year) = JapaneseEra.From(date);
        return $"{era}{(year == 1 ? "元" : Pad(year, random))}年{Pad(date.Month, random)}月{Pad(date.Day, random)}日";
    }
}
