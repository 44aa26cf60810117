using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MynaGate.Vision.Native;

/// <summary>mgv_camera.h.</summary>
internal static unsafe partial class VisionNative
{
    [LibraryImport(VisionLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_camera_open(string device, int width, int height, out CameraHandle camera);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void mgv_camera_destroy(nint camera);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_camera_read(CameraHandle camera, out ImageHandle frame);
}
