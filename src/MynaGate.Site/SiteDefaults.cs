using MynaGate.Hosting;
#if !TERMINAL_SITE_TOOL
using MynaGate.Reader.Host;
#endif
using MynaGate.Terminal.Host;

namespace MynaGate.Site;

/// <summary>
/// What the site tool assumes when it is not told: the state folder it looks at, the site it checks before the hosts
/// ever recorded one, the images an image-sequence camera shows where no camera is connected, what to start when
/// something is missing, the hosts whose configuration files it may show support, and the models folder (null: the
/// one <c>MYNAGATE_MODELS</c> names), the machine's role and the configuration file its program was installed with
/// (read for what the state folder does not say, such as the terminal's Face folder). The installed tool looks at the
/// installed folders; the developer tool (<c>./mynagate</c>) passes the demo's.
/// </summary>
public sealed record SiteDefaults(
    string StateDirectory,
    SiteRecord? Planned,
    string? CameraImages,
    string HowToStart,
    IReadOnlyList<HostDefinition> Hosts,
    string? ModelsDirectory = null,
    SiteRole Role = SiteRole.Whole,
    string? ConfigurationFile = null)
{
    /// <summary>An installed site: the parent of the hosts' state folders as deploy/ sets them, no planned site, no image cameras.</summary>
    public static SiteDefaults Installed { get; } = InstalledAs(InstalledRole());

    private static SiteDefaults InstalledAs(SiteRole role) => new(
        OperatingSystem.IsWindows() ? ProgramData : "/var/lib/mynagate",
        Planned: null,
        CameraImages: null,
        HowToStart: "start the hosts once (mynagate-terminal, then each mynagate-reader), so they create their identities, and pair the readers",
#if TERMINAL_SITE_TOOL
        Hosts: [TerminalHost.Definition],
#else
        Hosts: [ReaderHost.Definition, TerminalHost.Definition],
#endif
        ModelsDirectory: InstalledModels(),
        Role: role,
        ConfigurationFile: InstalledConfiguration(role));

    private static string ProgramData => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "MynaGate");

    // the release puts the site tool beside exactly one program's launcher (scripts/release.sh removes the others the
    // build copies along); a build folder with several is a developer's, which checks the whole chain
    private static SiteRole InstalledRole()
    {
        bool Beside(string program) =>
            File.Exists(Path.Combine(AppContext.BaseDirectory, program)) || File.Exists(Path.Combine(AppContext.BaseDirectory, program + ".exe"));
        var beside = new[] { ("mynagate-reader", SiteRole.Reader), ("mynagate-terminal", SiteRole.Terminal), ("mynagate-onshi", SiteRole.NationalServiceEmulator) }
            .Where(p => Beside(p.Item1)).Select(p => p.Item2).ToList();
        return beside.Count == 1 ? beside[0] : SiteRole.Whole;
    }

    // where the package (Linux) and install-terminal.ps1 (Windows) put the configuration
    private static string? InstalledConfiguration(SiteRole role) => role switch
    {
        SiteRole.Reader => "/etc/mynagate/reader.json",
        SiteRole.Terminal => OperatingSystem.IsWindows() ? Path.Combine(ProgramData, "terminal.json") : "/etc/mynagate/terminal.json",
        SiteRole.NationalServiceEmulator => "/etc/mynagate/onshi.json",
        _ => null,
    };

    // the reader's package puts the models beside the programs' folder: /opt/mynagate/reader and /opt/mynagate/models
    private static string? InstalledModels()
    {
        string beside = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "models"));
        return Directory.Exists(beside) ? beside : null;
    }
}
