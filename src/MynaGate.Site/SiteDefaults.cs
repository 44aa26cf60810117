using MynaGate.Hosting;
using MynaGate.Reader.Host;
using MynaGate.Terminal.Host;

namespace MynaGate.Site;

/// <summary>
/// What the site tool assumes when it is not told: the state folder it looks at, the site it checks before the hosts
/// ever recorded one, the images an image-sequence camera shows where no camera is connected, what to start when
/// something is missing, and the hosts whose configuration files it may show support. The installed tool looks at the
/// installed folders; the developer tool (<c>./mynagate</c>) passes the demo's.
/// </summary>
public sealed record SiteDefaults(
    string StateDirectory,
    SiteRecord? Planned,
    string? CameraImages,
    string HowToStart,
    IReadOnlyList<HostDefinition> Hosts)
{
    /// <summary>An installed site: the parent of the hosts' state folders as deploy/ sets them, no planned site, no image cameras.</summary>
    public static SiteDefaults Installed { get; } = new(
        OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "MynaGate")
            : "/var/lib/mynagate",
        Planned: null,
        CameraImages: null,
        HowToStart: "start the hosts once (mynagate-terminal, then each mynagate-reader), so they create their identities, and pair the readers",
        Hosts: [ReaderHost.Definition, TerminalHost.Definition]);
}
