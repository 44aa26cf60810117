using System.Collections.Concurrent;
using System.Diagnostics;

namespace MynaGate.Vision.Native;

/// <summary>
/// Test mode that records every native handle until it is released, so a test can assert that a create/destroy
/// loop leaves nothing behind and see where a leaked handle was made. Off by default (it keeps handles reachable
/// and captures a stack trace per allocation).
/// </summary>
public static class HandleTracker
{
    private static readonly ConcurrentDictionary<NativeHandle, string> Live = new();

    public static bool Enabled { get; set; } = Environment.GetEnvironmentVariable("MYNAGATE_TRACK_HANDLES") == "1";

    /// <summary>Handles created while tracking was on and not yet released: type name and where it was made.</summary>
    public static IReadOnlyList<string> Leaks()
    {
        foreach (NativeHandle failed in Live.Keys.Where(h => h.IsInvalid))
        {
            Live.TryRemove(failed, out _);
        }

        return [.. Live.Select(pair => $"{pair.Key.GetType().Name} allocated at{Environment.NewLine}{pair.Value}")];
    }

    internal static void Created(NativeHandle handle)
    {
        if (Enabled)
        {
            Live[handle] = new StackTrace(2, false).ToString();
        }
    }

    internal static void Released(NativeHandle handle) => Live.TryRemove(handle, out _);
}
