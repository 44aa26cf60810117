using System.Text;
using MynaGate.Terminal.Logging;

namespace MynaGate.Admin.Tests;

public sealed class LogCsvTests
{
    private static string Text(byte[] csv)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        return Encoding.UTF8.GetString(csv[3..]);
    }

    [Fact]
    public void Rows_carry_the_clinic_s_time_and_ids_only_with_quoting_where_a_value_needs_it()
    {
        var at = new DateTimeOffset(2026, 12, 4, 0, 30, 15, 250, TimeSpan.Zero);
        string csv = Text(LogCsv.Render(
        [
            new TerminalLogEntry(at, "R01", TerminalEvent.SessionFailed, "E204"),
            new TerminalLogEntry(at, "R,02\"x", TerminalEvent.SettingsApplied, null, "admin"),
            new TerminalLogEntry(at, null, TerminalEvent.TerminalStopped, null),
            new TerminalLogEntry(at, null, TerminalEvent.ConsoleAccountDeleted, null, "admin") { Target = "clerk", TargetRole = "Staff" },
        ]));

        Assert.Equal(
            "at,reader,event,code,account,target,target_role\r\n" +
            "2026-12-04T09:30:15.250+09:00,R01,SessionFailed,E204,,,\r\n" +
            "2026-12-04T09:30:15.250+09:00,\"R,02\"\"x\",SettingsApplied,,admin,,\r\n" +
            "2026-12-04T09:30:15.250+09:00,,TerminalStopped,,,,\r\n" +
            "2026-12-04T09:30:15.250+09:00,,ConsoleAccountDeleted,,admin,clerk,Staff\r\n", csv);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public void A_value_a_spreadsheet_would_evaluate_is_written_as_text(string readerId)
    {
        string csv = Text(LogCsv.Render([new TerminalLogEntry(DateTimeOffset.UnixEpoch, readerId, TerminalEvent.LinkUp, null)]));
        string reader = csv.Split("\r\n")[1].Split(',')[1].Trim('"');
        Assert.Equal("'" + readerId, reader);
    }

    [Fact]
    public void The_file_is_named_by_the_clinic_s_date_and_minute() =>
        Assert.Equal("mynagate-log-20261204-0930.csv", LogCsv.FileName(new DateTimeOffset(2026, 12, 4, 0, 30, 59, TimeSpan.Zero)));
}
