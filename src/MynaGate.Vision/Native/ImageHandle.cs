namespace MynaGate.Vision.Native;

/// <summary>Owns an mgv_image.</summary>
internal sealed class ImageHandle : NativeHandle
{
    private protected override void Destroy(nint pointer) => VisionNative.mgv_image_destroy(pointer);
}
