using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MynaGate.Vision.Native;

/// <summary>mgv_document.h.</summary>
internal static unsafe partial class VisionNative
{
    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_document_find_quad(ImageHandle frame, float minAreaFraction, out MgvQuad quad, out int found);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_document_text_lines(ImageHandle image, int x, int y, int width, int height, int joinGap, int minHeight, int maxHeight, MgvTextBox* boxes, int capacity, out int count);

}
