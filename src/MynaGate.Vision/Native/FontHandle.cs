namespace MynaGate.Vision.Native;

/// <summary>Owns an mgv_font.</summary>
internal sealed class FontHandle : NativeHandle
{
    private protected override void Destroy(nint pointer) => VisionNative.mgv_font_destroy(pointer);
}
