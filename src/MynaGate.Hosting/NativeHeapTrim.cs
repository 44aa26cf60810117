using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;

namespace MynaGate.Hosting;

/// <summary>
/// Hands the C heap's free pages back to the system every <see cref="Interval"/> on Linux (glibc's malloc_trim).
/// glibc gives memory back only from the top of an arena: what TLS, SQLite and the runtime free inside one stays
/// resident, so a host's RSS crept with the sessions it served although nothing leaked (on a soaked terminal, one
/// malloc_trim(0) gave back 7.3 MB, about what 5,000 sessions had added). On Windows, or a C library without
/// malloc_trim, it does nothing.
/// </summary>
public sealed partial class NativeHeapTrim(TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!TryTrim()) return;
            }
        }
        catch (OperationCanceledException)
        {
            // the host is stopping
        }
    }

    /// <summary>Gives the free pages of every arena back now; false where there is no glibc to ask.</summary>
    public static bool TryTrim()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            _ = MallocTrim(0);
            return true;
        }
        catch (EntryPointNotFoundException)
        {
            // musl and other C libraries have no malloc_trim and keep their own policy
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
