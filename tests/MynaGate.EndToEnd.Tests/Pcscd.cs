using System.Diagnostics;
using System.Globalization;
using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// Stops and starts the machine's pcscd, as a crash or a package upgrade would. The test that stops it starts it again
/// in a finally block, as a daemon of its own (scripts/with-pcscd.sh stops whichever pcscd runs when it is done).
/// </summary>
internal static class Pcscd
{
    private const string Daemon = "/usr/sbin/pcscd";

    public static async Task KillAsync()
    {
        using (var kill = Process.Start(new ProcessStartInfo("pkill", "-KILL -x pcscd")) ?? throw new InvalidOperationException("pkill did not start."))
            await kill.WaitForExitAsync();
        await Drive.WaitUntilAsync(() => !IsRunning());
    }

    /// <summary>Starts pcscd when none runs and waits until vpcd's slots listen again.</summary>
    public static async Task StartAsync()
    {
        if (!IsRunning())
        {
            using var start = Process.Start(new ProcessStartInfo(Daemon) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException("pcscd did not start.");
            // without --foreground pcscd forks its daemon and the first process exits at once
            await start.WaitForExitAsync();
        }
        await Drive.WaitUntilAsync(() => IsListening(VpcdSlot.FirstPort) && IsListening(VpcdSlot.FirstPort + 1));
    }

    private static bool IsRunning() =>
        Directory.EnumerateDirectories("/proc").Any(p => File.Exists(Path.Combine(p, "comm")) && ReadOrEmpty(Path.Combine(p, "comm")).Trim() == "pcscd");

    /// <summary>Reads /proc rather than connecting: to vpcd a connection is a card placed.</summary>
    private static bool IsListening(int port)
    {
        string hex = port.ToString("X4", CultureInfo.InvariantCulture);
        return new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Select(ReadOrEmpty).SelectMany(t => t.Split('\n'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(f => f.Length > 3 && f[1].EndsWith(":" + hex, StringComparison.Ordinal) && f[3] == "0A");
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
    }
}
