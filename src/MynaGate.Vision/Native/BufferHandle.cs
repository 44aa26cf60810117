namespace MynaGate.Vision.Native;

/// <summary>Owns an mgv_buffer (encoded bytes).</summary>
internal sealed class BufferHandle : NativeHandle
{
    private protected override void Destroy(nint pointer) => VisionNative.mgv_buffer_destroy(pointer);
}
