using System.Globalization;
using System.Text;
using MynaGate.Terminal.Logging;

namespace MynaGate.Admin;

/// <summary>
/// The console's log as CSV for support and the clinic's own records: time, reader, event, code and console account
/// only (the log holds nothing else). RFC 4180 quoting, UTF-8 with a byte-order mark so spreadsheet programs read it
/// as UTF-8, and a value a spreadsheet would run as a formula (=, +, -, @ first) is written as text.
/// </summary>
public static class LogCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>How many lines one export holds at most (the page shows 500).</summary>
    public const int MaxRows = 100_000;

    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public static byte[] Render(IEnumerable<TerminalLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder("at,reader,event,code,account,target,target_role\r\n");
        foreach (var entry in entries)
        {
            csv.Append(Field(entry.At.ToOffset(Japan).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture))).Append(',')
                .Append(Field(entry.ReaderId)).Append(',')
                .Append(Field(entry.Event.ToString())).Append(',')
                .Append(Field(entry.ErrorCode)).Append(',')
                .Append(Field(entry.Account)).Append(',').Append(Field(entry.Target)).Append(',').Append(Field(entry.TargetRole)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>The export's file name for <paramref name="now"/>.</summary>
    public static string FileName(DateTimeOffset now) =>
        $"mynagate-log-{now.ToOffset(Japan).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv";

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        // the log takes only id-shaped values today; the export does not rely on that to keep a spreadsheet from running one
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
