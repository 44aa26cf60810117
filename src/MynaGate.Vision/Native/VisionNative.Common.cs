using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;

namespace MynaGate.Vision.Native;

/// <summary>mgv_common.h.</summary>
internal static unsafe partial class VisionNative
{
    // before libmgvision (and the libgomp it pulls in) is loaded by the first call
    static VisionNative() => OpenMpThreads.LimitToOne();

    [LibraryImport(VisionLibrary.Name, EntryPoint = "mgv_last_error")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial byte* mgv_last_error();

    public static string LastError() => Utf8StringMarshaller.ConvertToManaged(mgv_last_error()) ?? string.Empty;
}
