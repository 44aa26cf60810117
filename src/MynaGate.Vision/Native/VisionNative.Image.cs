using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MynaGate.Vision.Native;

/// <summary>mgv_image.h.</summary>
internal static unsafe partial class VisionNative
{
    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_decode(byte* data, nuint length, in MgvDecodeLimits limits, int grey, out ImageHandle image);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_create(int width, int height, int channels, byte* pixels, long stride, out ImageHandle image);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void mgv_image_destroy(nint image);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_info(ImageHandle image, out int width, out int height, out int channels);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_copy_pixels(ImageHandle image, byte* destination, nuint length);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_encode(ImageHandle image, int format, int quality, out BufferHandle buffer);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_buffer_data(BufferHandle buffer, out byte* data, out nuint length);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void mgv_buffer_destroy(nint buffer);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_to_grey(ImageHandle image, out ImageHandle grey);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_to_bgr(ImageHandle image, out ImageHandle bgr);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_resize(ImageHandle image, int width, int height, out ImageHandle resized);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_crop(ImageHandle image, int x, int y, int width, int height, out ImageHandle cropped);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_warp_affine(ImageHandle image, double* matrix6, int width, int height, out ImageHandle warped);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_warp_perspective(ImageHandle image, double* matrix9, int width, int height, out ImageHandle warped);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_perspective_transform(float* source8, float* destination8, double* matrix9);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_fill_polygon(ImageHandle image, float* points, int pointCount, byte blue, byte green, byte red);

    [LibraryImport(VisionLibrary.Name)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial MgvStatus mgv_image_region_stats(ImageHandle image, int x, int y, int width, int height, out MgvRegionStats stats);
}
