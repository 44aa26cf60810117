using System.Globalization;
using MynaGate.Site.Commands;

namespace MynaGate.Cli.Commands;

/// <summary>Date options (<c>--today 2026-11-21</c>).</summary>
public static class Dates
{
    public static DateOnly? Option(Arguments arguments, string name)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Text(name) is not { } text) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : throw new UsageException($"{name} expects a date as YYYY-MM-DD");
    }
}
