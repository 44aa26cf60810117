namespace MynaGate.Calendar;

/// <summary>
/// 和暦 conversion for 照合番号B (spec §1.8). Era year = Gregorian year − first year + 1, counted from each era's
/// first day: 明治 1868-01-25, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01.
/// </summary>
public static class JapaneseEra
{
    private static readonly (string Name, DateOnly Start)[] Eras =
    [
        ("令和", new DateOnly(2019, 5, 1)),
        ("平成", new DateOnly(1989, 1, 8)),
        ("昭和", new DateOnly(1926, 12, 25)),
        ("大正", new DateOnly(1912, 7, 30)),
        ("明治", new DateOnly(1868, 1, 25)),
    ];

    /// <summary>The era name and era year of <paramref name="date"/>.</summary>
    public static (string Era, int Year) From(DateOnly date)
    {
        foreach (var (name, start) in Eras)
            if (date >= start) return (name, date.Year - start.Year + 1);
        throw new ArgumentOutOfRangeException(nameof(date), "Dates before 明治 have no era form here.");
    }

    /// <summary>The Gregorian date for an era date; false when the day does not exist or lies outside that era.</summary>
    public static bool TryToGregorian(string era, int eraYear, int month, int day, out DateOnly date)
    {
        date = default;
        int index = Array.FindIndex(Eras, e => e.Name == era);
        if (index < 0 || eraYear < 1) return false;
        int year = Eras[index].Start.Year + eraYear - 1;
        if (month is < 1 or > 12 || day < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month)) return false;
        var candidate = new DateOnly(year, month, day);
        bool afterStart = candidate >= Eras[index].Start;
        bool beforeNext = index == 0 || candidate < Eras[index - 1].Start;
        if (!afterStart || !beforeNext) return false;
        date = candidate;
        return true;
    }

    /// <summary>"YYMMDD" with the era year: born 1980-02-17 (昭和55) → "550217".</summary>
    public static string EraYyMmDd(DateOnly date)
    {
        var (_, year) = From(date);
        return $"{year % 100:00}{date.Month:00}{date.Day:00}";
    }
}
