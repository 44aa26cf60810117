using MynaGate.Hosting;
using MynaGate.Reader.Host;
using MynaGate.Terminal.Host;

namespace MynaGate.Site;

/// <summary>
/// What the site tool assumes when it is not told: the state folder it looks at, the site it checks before the hosts
/// ever recorded one, the images an image-sequence camera shows where no camera is connected, what to start when
/// something is missing, the hosts whose configuration files it may show support, and the models folder (null: the
/// one <c>MYNAGATE_MODELS</c> names). The installed tool looks at the installed folders; the developer tool
/// (<c>./mynagate</c>) passes the demo's.
/// </summary>
public sealed record SiteDefaults(
    string StateDirectory,
    SiteRecord? Planned,
    string? CameraImages,
    string HowToStart,
    IReadOnlyList<HostDefinition> Hosts,
    string? ModelsDirectory = null)
{
    /// <summary>An installed site: the parent of the hosts' state folders as deploy/ sets them, no planned site, no image cameras.</summary>
    public static SiteDefaults Installed { get; } = new(
        OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "MynaGate")
            : "/var/lib/mynagate",
        Planned: null,
        CameraImages: null,
        HowToStart: "start the hosts once (mynagate-terminal, then each mynagate-reader), so they create their identities, and pair the readers",
        Hosts: [ReaderHost.Definition, TerminalHost.Definition],
        ModelsDirectory: InstalledModels());

    // the reader's package puts the models beside the programs' folder: /opt/mynagate/reader and /opt/mynagate/models
    private static string? InstalledModels()
    {
        string beside = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "models"));
        return Directory.Exists(beside) ? beside : null;
    }
}
