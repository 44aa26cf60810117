using System.Globalization;
using MynaGate.Site.Support;

namespace MynaGate.Site.Commands;

/// <summary><c>mynagate support bundle</c>: the one archive a support call asks for.</summary>
public static class SupportCommand
{
    public const string Help = """
        usage: mynagate support bundle [--state DIR] [--days N] [--out FILE]
          Writes one zip for support: versions, `mynagate doctor --json`, every host's configuration file with its
          secrets removed (passwords, tokens, API keys, connection strings), the paired readers, the clinic's reader
          settings, and the last N days of the terminal's log and session records as CSV (codes and ids only). No key,
          account file, database, image or result XML goes in it. Progress on stderr, one line per step.
          --state    the installation's state folder (default: /var/lib/mynagate, %ProgramData%\MynaGate on Windows;
                     under ./mynagate, the demo's)
          --days     how many days of log (default 7, 1–90)
          --out      the archive (default: mynagate-support-<YYYYMMDD-HHmm>.zip here)
          exit code: 0 written, 2 bad usage
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter progress, SiteDefaults defaults)
    {
        if (Arguments.ForCommand(args, Help, output, operands: true, [], "--state", "--days", "--out") is not { } arguments) return 0;
        if (arguments.Operands is not ["bundle"]) throw new UsageException("support knows one command: bundle");
        int days = arguments.Number("--days", 7);
        if (days is < 1 or > 90) throw new UsageException("--days must be 1–90");
        var layout = new SiteLayout(CommandPaths.ExistingFolder(arguments.Text("--state") ?? defaults.StateDirectory, "--state"));
        string path = CommandPaths.NewFile(arguments.Text("--out")
            ?? $"mynagate-support-{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.zip", "--out");
        await SupportBundle.WriteAsync(layout, defaults, days, path, progress).ConfigureAwait(false);
        output.WriteLine(path);
        return 0;
    }
}
