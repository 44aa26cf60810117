namespace MynaGate.Vision.Native;

/// <summary>Owns an mgv_liveness.</summary>
internal sealed class LivenessHandle : NativeHandle
{
    private protected override void Destroy(nint pointer) => VisionNative.mgv_liveness_destroy(pointer);
}
