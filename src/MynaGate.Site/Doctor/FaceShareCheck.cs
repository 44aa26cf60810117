using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace MynaGate.Site.Doctor;

/// <summary>
/// On a Windows terminal, the share the receipt computer reads the Face folder through, as install-terminal.ps1 makes
/// it (<see cref="ShareName"/>): there, and pointing at the Face folder the configuration names. Asked of Windows'
/// own share table (NetShareGetInfo, level 2, which needs an administrator: doctor's documented way to run).
/// </summary>
[SupportedOSPlatform("windows")]
public static partial class FaceShareCheck
{
    public const string ShareName = "OQSFace";
    private const string Fix = "run install-terminal.ps1 again (it shares the Face folder read-only with the receipt computer's account)";

    public static DoctorFinding Run(string faceFolder)
    {
        int status = NetShareGetInfo(null, ShareName, 2, out nint buffer);
        if (status != 0)
        {
            return status == AccessDenied
                ? DoctorFinding.Warning("face share", $"\\\\{Environment.MachineName}\\{ShareName}: not readable without an administrator", "run doctor as an administrator")
                : DoctorFinding.Failed("face share", $"\\\\{Environment.MachineName}\\{ShareName}: no such share (error {status})", Fix);
        }
        try
        {
            var info = Marshal.PtrToStructure<ShareInfo2>(buffer);
            string path = Marshal.PtrToStringUni(info.Path) ?? "";
            return string.Equals(Path.TrimEndingDirectorySeparator(path), Path.TrimEndingDirectorySeparator(faceFolder), StringComparison.OrdinalIgnoreCase)
                ? DoctorFinding.Ok("face share", $"\\\\{Environment.MachineName}\\{ShareName} is {path}")
                : DoctorFinding.Failed("face share", $"\\\\{Environment.MachineName}\\{ShareName} is {path}, not the Face folder {faceFolder}", Fix);
        }
        finally
        {
            _ = NetApiBufferFree(buffer);
        }
    }

    private const int AccessDenied = 5;

    // SHARE_INFO_2 (lmshare.h)
    [StructLayout(LayoutKind.Sequential)]
    private struct ShareInfo2
    {
        public nint NetName;
        public uint Type;
        public nint Remark;
        public uint Permissions;
        public uint MaxUses;
        public uint CurrentUses;
        public nint Path;
        public nint Password;
    }

    [LibraryImport("netapi32.dll", StringMarshalling = StringMarshalling.Utf16)]
    private static partial int NetShareGetInfo(string? serverName, string netName, int level, out nint buffer);

    [LibraryImport("netapi32.dll")]
    private static partial int NetApiBufferFree(nint buffer);
}
