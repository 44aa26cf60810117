using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using MynaGate.Admin;
using MynaGate.Site.Commands;
using MynaGate.Storage;
using MynaGate.Storage.Sql;
using MynaGate.Terminal.Logging;

namespace MynaGate.Site.Support;

/// <summary>
/// One zip with what support asks for on a call: versions, <c>mynagate doctor --json</c>, the hosts' configuration
/// with secrets removed, the paired readers and the clinic's reader settings, and the last days of the terminal's
/// log and session records (codes and ids only). It holds no identity key, no account file, no result XML and no
/// database file, so nothing personal can be in it; a test scans it for every persona value.
/// </summary>
public static class SupportBundle
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <summary>The terminal-folder files that are copied as they are: no secret and nothing personal in them.</summary>
    private static readonly string[] TerminalFiles = ["paired-readers.json", "reader-settings.json"];

    /// <summary>Writes the bundle to <paramref name="path"/>; each step is reported on <paramref name="progress"/>.</summary>
    public static async Task WriteAsync(SiteLayout layout, SiteDefaults defaults, int days, string path, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(progress);
        var redaction = new ConfigurationRedaction(defaults.Hosts);
        var now = DateTimeOffset.UtcNow;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            progress.WriteLine("support bundle: versions");
            Add(zip, "versions.txt", Versions(now));

            progress.WriteLine("support bundle: doctor");
            using (var doctor = new StringWriter(CultureInfo.InvariantCulture))
            {
                await DoctorCommand.RunAsync(["--json", "--state", layout.StateDirectory], doctor, defaults).ConfigureAwait(false);
                Add(zip, "doctor.jsonl", doctor.ToString());
            }

            progress.WriteLine("support bundle: configuration (secrets removed)");
            string configFolder = Path.GetDirectoryName(layout.ConfigFile("x"))!;
            string? connectionString = null;
            if (Directory.Exists(configFolder))
            {
                foreach (string file in Directory.GetFiles(configFolder, "*.json").Order(StringComparer.Ordinal))
                {
                    string text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
                    Add(zip, "config/" + Path.GetFileName(file), redaction.Redact(text) ?? "(not a JSON object: left out)\n");
                    if (Path.GetFileName(file) == "mynagate-terminal.json") connectionString = TerminalConnectionString(text);
                }
            }
            foreach (string name in TerminalFiles)
            {
                string file = Path.Combine(layout.TerminalFolder, name);
                if (File.Exists(file)) Add(zip, "terminal/" + name, await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
            }
            string site = Path.Combine(layout.StateDirectory, "site.json");
            if (File.Exists(site)) Add(zip, "site.json", await File.ReadAllTextAsync(site, cancellationToken).ConfigureAwait(false));

            progress.WriteLine($"support bundle: the last {days} day(s) of the terminal's log");
            try
            {
                await AddLogAsync(zip, layout, connectionString, now - TimeSpan.FromDays(days), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException or InvalidOperationException or IOException)
            {
                // a log that cannot be read is itself what support needs to know; the rest of the bundle still helps
                Add(zip, "log.csv", $"(the terminal's log could not be read: {e.GetType().Name})\n");
                progress.WriteLine($"support bundle: the log could not be read ({e.GetType().Name})");
            }
        }
        AtomicFileWriter.Write(path, buffer.ToArray());
        progress.WriteLine($"support bundle: {path}");
    }

    private static async Task AddLogAsync(ZipArchive zip, SiteLayout layout, string? connectionString, DateTimeOffset since, CancellationToken cancellationToken)
    {
        string file = Path.Combine(layout.TerminalFolder, "terminal-log.db");
        // reading must not create an empty SQLite file where the terminal has none
        if (!SqlDataSource.IsPostgres(connectionString) && !File.Exists(file))
        {
            Add(zip, "log.csv", "(no terminal log in this state folder)\n");
            return;
        }
        var log = new TerminalEventLog(SqlDataSource.Open(connectionString, file), TimeProvider.System);
        await using (log.ConfigureAwait(false))
        {
            var entries = await log.ReadAsync(new TerminalLogQuery { From = since, Limit = LogCsv.MaxRows }, cancellationToken).ConfigureAwait(false);
            Add(zip, "log.csv", LogCsv.Render(entries));
            var sessions = await log.ReadSessionsAsync(since, cancellationToken).ConfigureAwait(false);
            // durations in seconds to a tenth: what support reads, and never a bare 4-digit number that a scan for
            // 4-digit PINs would have to take for one
            var csv = new StringBuilder("at,reader,method,code,duration_s\r\n");
            foreach (var s in sessions)
                csv.Append(CultureInfo.InvariantCulture, $"{s.At.ToOffset(Japan):yyyy-MM-dd'T'HH:mm:ss.fffzzz},{s.ReaderId},{s.Method},{s.ErrorCode},{s.Duration.TotalSeconds:F1}\r\n");
            Add(zip, "sessions.csv", csv.ToString());
        }
    }

    private static string? TerminalConnectionString(string json)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(json)?["Terminal"]?["ConnectionString"]?.GetValue<string>() is { Length: > 0 } value ? value : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string Versions(DateTimeOffset now) => string.Join('\n',
        $"mynagate {Link.ProductVersion.Current}",
        $"made {now.ToOffset(Japan):yyyy-MM-dd HH:mm:ss} JST",
        $".NET {RuntimeInformation.FrameworkDescription}",
        $"os {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})",
        $"cores {Environment.ProcessorCount}",
        "") ;

    private static void Add(ZipArchive zip, string name, string text) => Add(zip, name, Encoding.UTF8.GetBytes(text));

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
