using System.Runtime.InteropServices;
using MynaGate.Chain;
using MynaGate.Chain.Demo;
using MynaGate.Site.Commands;

namespace MynaGate.Cli.Commands;

/// <summary>
/// <c>mynagate demo</c>: the whole system on one machine — national-service emulator, terminal, two readers with
/// their kiosk screens — until Ctrl-C, with the URLs to open printed.
/// </summary>
public static class DemoCommand
{
    public const string Help = """
        usage: mynagate demo [--port-base P] [--state DIR]
          Starts the national-service emulator, the terminal and two readers as processes of their own from
          configuration files it writes (virtual cards through pcscd/vpcd, image-sequence camera folders showing
          faces from ../shared/datasets), pairs each reader with the code on its screen through the console, and
          serves a control page that places and removes the virtual cards. Runs until Ctrl-C or SIGTERM.
          --port-base  the console's port; the others follow it at fixed offsets up to +90 (default 47100: kiosks
                       47101–47102, demo control 47109, console 47100)
          --state      where state (identities, pairings, stores, virtual cards) and the Face folder go
                       (default MYNAGATE_STATE/demo)
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: false, [], "--port-base", "--state") is not { } arguments) return 0;
        int portBase = arguments.Number("--port-base", DemoSite.PortBase);
        if (portBase is < 1024 or > 65535 - DemoSite.PortSpan) throw new UsageException($"--port-base must be 1024–{65535 - DemoSite.PortSpan}");
        string state = arguments.Text("--state") ?? DemoSite.StateDirectory;
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        await using var demo = await DemoSystem.StartAsync(state, DemoSite.SharedDirectory, portBase).ConfigureAwait(false);
        output.WriteLine("MynaGate demo is running (Ctrl-C stops it):");
        foreach (var reader in demo.Chain.Readers) output.WriteLine($"  kiosk {reader.Id}:      {reader.Kiosk}");
        output.WriteLine($"  demo control:   {demo.ControlAddress}   (place and remove the virtual cards here)");
        var console = demo.Chain.Console;
        output.WriteLine($"  admin console:  {console}   (user {DemoSystem.AdminName}, password {demo.AdminPassword}, new each run)");
        foreach (var reader in demo.Chain.Readers) output.WriteLine($"  mirror {reader.Id}:     {new Uri(console, $"readers/{reader.Id}")}");
        output.WriteLine($"  reader API key: {demo.ReceptionApiKey}   (docs/reader-api.md, new each run)");
        output.WriteLine($"  Face folder:    {Path.GetFullPath(demo.Chain.FaceFolder)}");
        output.WriteLine($"  certificates:   {Path.GetFullPath(demo.Chain.CertificateFolder)}   (公費 paper mode's XML)");
        output.WriteLine($"  configuration:  {Path.GetFullPath(Path.Combine(state, "config"))}   (one file per process)");
        output.Flush();
        await stop.Task.ConfigureAwait(false);
        output.WriteLine("stopping");
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
    }
}
