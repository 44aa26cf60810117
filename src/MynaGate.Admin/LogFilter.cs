using System.Globalization;
using Microsoft.AspNetCore.Http;
using MynaGate.Terminal.Logging;

namespace MynaGate.Admin;

/// <summary>Reads the log page's filters from its query string; times are the clinic's (日本標準時).</summary>
public static class LogFilter
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public static (TerminalLogQuery Query, string? Problem) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? problem = null;
        TerminalEvent? what = null;
        if (Text(query, "event") is { } name)
        {
            if (Enum.TryParse(name, out TerminalEvent parsed) && Enum.IsDefined(parsed)) what = parsed;
            else problem = "知らないイベントです。";
        }
        var from = Time(query, "from", ref problem);
        var to = Time(query, "to", ref problem);
        return (new TerminalLogQuery
        {
            ReaderId = Text(query, "reader"),
            Event = what,
            ErrorCode = Text(query, "code")?.ToUpperInvariant(),
            ErrorsOnly = query["errors"] == "true",
            From = from,
            To = to,
        }, problem);
    }

    private static string? Text(IQueryCollection query, string name)
    {
        string value = query[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    private static DateTimeOffset? Time(IQueryCollection query, string name, ref string? problem)
    {
        if (Text(query, name) is not { } value) return null;
        if (DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local, Japan);
        problem = "日時の形式が正しくありません。";
        return null;
    }
}
