using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MynaGate.Vision.Native;

/// <summary>mgv_liveness.h.</summary>
internal static unsafe partial class VisionNative
{
    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_liveness_create(byte* v2Model, nuint v2Length, byte* v1SeModel, nuint v1SeLength, out LivenessHandle liveness);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void mgv_liveness_destroy(nint liveness);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_liveness_score_face(LivenessHandle liveness, ImageHandle frame, float x, float y, float width, float height, out MgvLivenessScore score);
}
