using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MynaGate.Vision.Native;

/// <summary>mgv_face_embedder.h.</summary>
internal static unsafe partial class VisionNative
{
    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_face_embedder_create(byte* model, nuint modelLength, in MgvRecognizerDescriptor descriptor, out FaceEmbedderHandle embedder);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void mgv_face_embedder_destroy(nint embedder);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_face_align(ImageHandle frame, float* landmarks10, float* template10, int width, int height, out ImageHandle aligned);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_face_embedder_embed(FaceEmbedderHandle embedder, ImageHandle aligned, float* embedding, int length);
}
