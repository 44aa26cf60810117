using System.Diagnostics;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// A tmpfs of a few kilobytes mounted over a folder, filled to the last byte or read-only: the disk-full and
/// unwritable-folder faults as the product meets them. Unmounted on dispose, even when the test failed (lazily, should a file still be open).
/// </summary>
internal sealed class SmallDisk : IAsyncDisposable
{
    private readonly string _folder;

    private SmallDisk(string folder) => _folder = folder;

    public string Filler => Path.Combine(_folder, "filler");

    /// <summary>Mounts over <paramref name="folder"/> (needs root, as the test scripts run) and fills it.</summary>
    public static async Task<SmallDisk> MountFullAsync(string folder)
    {
        var disk = await MountAsync(folder);
        await using var filler = new FileStream(disk.Filler, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        byte[] block = new byte[4096];
        try
        {
            while (true) await filler.WriteAsync(block);
        }
        catch (IOException)
        {
            // full: the rest of this test writes into no space at all
        }
        return disk;
    }

    /// <summary>Mounts over <paramref name="folder"/> read-only: a folder the service cannot write, whoever it runs as.</summary>
    public static async Task<SmallDisk> MountReadOnlyAsync(string folder)
    {
        var disk = await MountAsync(folder);
        await RunAsync("mount", "-o", "remount,ro", folder);
        return disk;
    }

    private static async Task<SmallDisk> MountAsync(string folder)
    {
        await RunAsync("mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "mynagate-small-disk", folder);
        return new SmallDisk(folder);
    }

    public async ValueTask DisposeAsync() => await RunAsync("umount", "-l", _folder);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error.Trim()} (the disk-full test needs root to mount a tmpfs)");
    }
}
