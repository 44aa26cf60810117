using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MynaGate.Vision.Native;

/// <summary>mgv_face_detector.h.</summary>
internal static unsafe partial class VisionNative
{
    [LibraryImport(VisionLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_face_detector_create(string modelPath, in MgvDetectorOptions options, out FaceDetectorHandle detector);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void mgv_face_detector_destroy(nint detector);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_face_detector_detect(FaceDetectorHandle detector, ImageHandle frame, MgvFace* faces, int capacity, out int count);
}
