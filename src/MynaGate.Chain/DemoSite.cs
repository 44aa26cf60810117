using MynaGate.Onshi.Host;
using MynaGate.Reader.Host;
using MynaGate.Site;
using MynaGate.Terminal.Host;

namespace MynaGate.Chain;

/// <summary>
/// The installation <c>./mynagate demo</c> runs: two readers on fixed loopback ports, with its state in the
/// <c>demo</c> folder of MYNAGATE_STATE. <c>mynagate doctor</c> checks this installation unless told another.
/// </summary>
public static class DemoSite
{
    public const int Readers = 2;

    /// <summary>The console's port, the first of the demo's block: every other port is at a fixed offset from it.</summary>
    public const int PortBase = 47100;

    /// <summary>The ports of <c>./mynagate demo</c>.</summary>
    public static ChainPorts Ports => PortsAt(PortBase);

    /// <summary>
    /// The demo's ports from <paramref name="portBase"/> (<c>demo --port-base</c>, which a test sets to a free block):
    /// console +0, kiosks +1…, demo control +9, reader links +21…, health +40…, national service +90.
    /// </summary>
    public static ChainPorts PortsAt(int portBase) =>
        new(Onshi: portBase + 90, Console: portBase, FirstReaderLink: portBase + 21, FirstKiosk: portBase + 1) { DemoControl = portBase + 9 };

    /// <summary>The hosts' /health ports from <paramref name="portBase"/>: the emulator's, the terminal's, then each reader's.</summary>
    public static int FirstHealthPortAt(int portBase) => portBase + 40;

    /// <summary>How many ports from the base the demo may use.</summary>
    public const int PortSpan = 91;

    /// <summary>Every port the demo listens on, as an offset from its base.</summary>
    public static IReadOnlyList<int> PortOffsets =>
        [.. PortsAt(0).Named(Readers).Select(p => p.Port), .. Enumerable.Range(FirstHealthPortAt(0), 2 + Readers)];

    /// <summary>The demo as configured, for a check before it ever ran.</summary>
    public static SiteRecord Planned => new(new Uri($"https://127.0.0.1:{Ports.Onshi}/"), Readers, [.. Ports.Named(Readers)]);

    /// <summary>../shared (MYNAGATE_SHARED, set by ./mynagate): the face datasets the demo's cameras show.</summary>
    public static string SharedDirectory =>
        Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } shared ? shared : "../shared";

    /// <summary>MYNAGATE_STATE/demo (./mynagate sets MYNAGATE_STATE to the checkout's .state).</summary>
    public static string StateDirectory =>
        Path.Combine(Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } state ? state : ".state", "demo");

    /// <summary>What the site tool's commands look at when the developer tool runs them: the demo's state, its
    /// planned site, the persona images its cameras show, and all three hosts' configuration (the emulator's too).</summary>
    public static SiteDefaults Defaults => new(
        StateDirectory, Planned, Path.Combine(SharedDirectory, "datasets"),
        HowToStart: "start the system (./mynagate demo) once, so it creates its identities and pairs its readers",
        Hosts: [ReaderHost.Definition, TerminalHost.Definition, OnshiHost.Definition]);
}
