using System.Runtime.InteropServices;

namespace MynaGate.Vision.Native;

/// <summary>
/// Debian's Tesseract runs each line's LSTM on four OpenMP threads (libgomp), which spin while they wait. On the
/// reader's two cores, when they are busy (the face engine, a second reading), a birth-date line took 58 ms instead of 14 ms
/// (Release, medians, the cores loaded by other work). libgomp reads OMP_THREAD_LIMIT once, when it is loaded, so the limit is put in
/// the process environment before any native library that pulls libgomp in (Tesseract, native/vision) is loaded:
/// both P/Invoke classes call this from their static constructors. A value the operator set is kept.
/// </summary>
public static partial class OpenMpThreads
{
    public const string Variable = "OMP_THREAD_LIMIT";

    public static void LimitToOne()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = SetEnvironment(Variable, "1", overwrite: 0);
        }
    }

    // libc's own environment, which native libraries read; Environment.SetEnvironmentVariable only changes .NET's copy
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);
}
