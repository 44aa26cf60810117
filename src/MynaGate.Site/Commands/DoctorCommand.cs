using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using MynaGate.Hosting;
using MynaGate.Site.Doctor;

namespace MynaGate.Site.Commands;

/// <summary>
/// <c>mynagate doctor</c>: checks the machine the way a support call would, one line per check with its result and,
/// for a problem, what to do. Reads no card and writes nothing but a probe file it deletes in the Face folder.
/// </summary>
public static class DoctorCommand
{
    public const string Help = """
        usage: mynagate doctor [--state DIR] [--json]
          Checks, in order: pcscd running and reachable, the readers it lists (vpcd ones marked virtual), UVC
          cameras (opened, one frame, its resolution), the face models against their pinned sha256, Tesseract and
          its languages, the native library, the Face folder writable, the certificates in the state folder (the
          terminal's pin, the console's fingerprint, each with its end date; the first start's admin password file),
          the configured ports (free, or in use by MynaGate), the national service answering over its pinned TLS,
          the pairings of terminal and readers, this clock against the national service's and each reader's, the
          national service's certificate with its end date, and on a Windows terminal the Face folder's share.
          Installed beside one program, it checks that program's machine: a reader's card slot, cameras, models and
          its own pairing; the terminal's Face folder (as its configuration names it), national service and readers.
          The ports, the readers and the national service are those the system recorded when it last started
          (site.json in the state folder); before that, under ./mynagate, the demo's configuration, and otherwise
          they are not checked (a warning says so).
          --state    the installation's state folder (default: /var/lib/mynagate, %ProgramData%\MynaGate on Windows;
                     under ./mynagate, the demo's)
          --json     one JSON object per line: check, result (ok|warning|failed), detail, action
          exit code: 0 nothing failed (warnings allowed), 1 a check failed, 2 bad usage
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, SiteDefaults defaults)
    {
        if (Arguments.ForCommand(args, Help, output, operands: false, [], "--state") is not { } arguments) return 0;
        ArgumentNullException.ThrowIfNull(defaults);
        var layout = new SiteLayout(arguments.Text("--state") ?? defaults.StateDirectory);
        var site = SiteRecord.Load(layout) ?? defaults.Planned;

        var installed = InstalledConfiguration(defaults);
        bool reader = defaults.Role is SiteRole.Whole or SiteRole.Reader;
        bool terminal = defaults.Role is SiteRole.Whole or SiteRole.Terminal;
        var findings = new List<DoctorFinding>();
#if TERMINAL_SITE_TOOL
        // the terminal's site tool carries no reader checks (MynaGate.Site.csproj, SiteToolFor)
        if (reader) findings.Add(DoctorFinding.Warning("reader checks", "this site tool is the terminal's", "run the reader's own mynagate doctor on each reader"));
#else
        if (reader)
        {
            findings.AddRange(SmartCardChecks.Run());
            findings.AddRange(await CameraChecks.RunAsync(defaults.CameraImages).ConfigureAwait(false));
            findings.AddRange(ModelChecks.Run(defaults.ModelsDirectory));
            findings.AddRange(OcrChecks.Run());
            findings.Add(NativeLibraryCheck.Run());
            if (installed?["Reader:Kiosk:JapaneseVoiceFile"] is { Length: > 0 } voice) findings.Add(await VoiceCheck.RunAsync(voice).ConfigureAwait(false));
        }
#endif
        string faceFolder = installed?["Terminal:FaceFolder"] ?? layout.FaceFolder;
        if (terminal) findings.Add(SiteChecks.FaceFolder(faceFolder));
        if (terminal && defaults.Role == SiteRole.Terminal && OperatingSystem.IsWindows()) findings.Add(FaceShareCheck.Run(faceFolder));
        if (terminal && ListenAddress.TryParse(installed?["Terminal:Console:Listen"], out var listen)) findings.Add(ConsoleAddress(listen, installed!["Terminal:Console:Https"]));
        findings.AddRange(CertificateChecks.Run(layout, DateTimeOffset.UtcNow));
        if (site is null)
        {
            // the hosts record their ports and national service at start (site.json); before that there is nothing to check them against
            findings.Add(DoctorFinding.Warning("site", $"no site.json in {layout.StateDirectory}: ports and the national service are not checked", defaults.HowToStart));
        }
        else
        {
            findings.AddRange(PortChecks.Run(site.Ports));
            if (terminal) findings.Add(await SiteChecks.NationalServiceAsync(layout, site.NationalService, defaults.HowToStart).ConfigureAwait(false));
        }
        if (defaults.Role == SiteRole.Reader) findings.Add(SiteChecks.ReaderPairing(layout));
        else if (terminal) findings.AddRange(SiteChecks.Pairing(layout, site?.Readers ?? 0, defaults.HowToStart));
        if (terminal) findings.AddRange(await ClockChecks.RunAsync(layout, site?.NationalService, TimeProvider.System).ConfigureAwait(false));

        var report = new Report(output, arguments.Has("--json"));
        foreach (var f in findings)
            report.Add(("check", f.Check), ("result", f.Result.ToString().ToLowerInvariant()), ("detail", f.Detail), ("action", f.Action));
        report.Flush();
        return findings.Any(f => f.Result == DoctorResult.Failed) ? 1 : 0;
    }

    // the console's address as staff type it: the listen address, with this machine's name for "every interface"
    private static DoctorFinding ConsoleAddress(IPEndPoint listen, string? https)
    {
        string host = listen.Address.Equals(IPAddress.Any) || listen.Address.Equals(IPAddress.IPv6Any) ? Environment.MachineName
            : listen.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{listen.Address}]" : listen.Address.ToString();
        string scheme = string.Equals(https, "false", StringComparison.OrdinalIgnoreCase) ? "http" : "https";
        return DoctorFinding.Ok("console", $"{scheme}://{host}:{listen.Port}/ (Terminal:Console:Listen {listen}); compare the console certificate's fingerprint below with the browser's at first connection");
    }

    // the configuration the program was installed with, read once; null where there is none or it cannot be read
    private static IConfiguration? InstalledConfiguration(SiteDefaults defaults)
    {
        if (defaults.ConfigurationFile is not { } file || !File.Exists(file)) return null;
        try
        {
            return new ConfigurationBuilder().AddJsonFile(file, optional: true).Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            return null; // the program reports its own configuration's faults at start, by key
        }
    }
}
