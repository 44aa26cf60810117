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

    public static ChainPorts Ports => ChainPorts.Demo;

    /// <summary>The hosts' /health ports: the emulator's, the terminal's, then each reader's.</summary>
    public const int FirstHealthPort = 47140;

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
