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
          the pairings of terminal and readers, and this clock against the national service's and each reader's.
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

        var findings = new List<DoctorFinding>();
        findings.AddRange(SmartCardChecks.Run());
        findings.AddRange(await CameraChecks.RunAsync(defaults.CameraImages).ConfigureAwait(false));
        findings.AddRange(ModelChecks.Run(defaults.ModelsDirectory));
        findings.AddRange(OcrChecks.Run());
        findings.Add(NativeLibraryCheck.Run());
        findings.Add(SiteChecks.FaceFolder(layout));
        findings.AddRange(CertificateChecks.Run(layout, DateTimeOffset.UtcNow));
        if (site is null)
        {
            // the hosts record their ports and national service at start (site.json); before that there is nothing to check them against
            findings.Add(DoctorFinding.Warning("site", $"no site.json in {layout.StateDirectory}: ports and the national service are not checked", defaults.HowToStart));
        }
        else
        {
            findings.AddRange(PortChecks.Run(site.Ports));
            findings.Add(await SiteChecks.NationalServiceAsync(layout, site.NationalService, defaults.HowToStart).ConfigureAwait(false));
        }
        findings.AddRange(SiteChecks.Pairing(layout, site?.Readers ?? 0, defaults.HowToStart));
        findings.AddRange(await ClockChecks.RunAsync(layout, site?.NationalService, TimeProvider.System).ConfigureAwait(false));

        var report = new Report(output, arguments.Has("--json"));
        foreach (var f in findings)
            report.Add(("check", f.Check), ("result", f.Result.ToString().ToLowerInvariant()), ("detail", f.Detail), ("action", f.Action));
        report.Flush();
        return findings.Any(f => f.Result == DoctorResult.Failed) ? 1 : 0;
    }
}
