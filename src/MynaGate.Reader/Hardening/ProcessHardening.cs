using System.Runtime.InteropServices;

namespace MynaGate.Reader.Hardening;

/// <summary>
/// Keeps the process's memory — PINs, 照合番号B, images — out of core dumps and away from debuggers of the same user
/// (R29): on Linux RLIMIT_CORE 0 and PR_SET_DUMPABLE 0. On Windows the policy is documented, not set here.
/// </summary>
public static partial class ProcessHardening
{
    private const int RlimitCore = 4;
    private const int PrSetDumpable = 4;
    private const int PrGetDumpable = 3;

    public static void DisableCoreDumps()
    {
        if (!OperatingSystem.IsLinux()) return;
        var none = new RLimit();
        if (SetRLimit(RlimitCore, ref none) != 0 || Prctl(PrSetDumpable, 0, 0, 0, 0) != 0)
            throw new InvalidOperationException($"Could not disable core dumps (errno {Marshal.GetLastPInvokeError()}).");
    }

    /// <summary>Whether the kernel would write a dump of this process (tests).</summary>
    public static bool IsDumpable() => OperatingSystem.IsLinux() && Prctl(PrGetDumpable, 0, 0, 0, 0) != 0;

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetRLimit(int resource, ref RLimit limit);

    [LibraryImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static partial int Prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);
}
