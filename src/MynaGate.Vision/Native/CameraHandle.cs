namespace MynaGate.Vision.Native;

/// <summary>Owns an mgv_camera.</summary>
internal sealed class CameraHandle : NativeHandle
{
    private protected override void Destroy(nint pointer) => VisionNative.mgv_camera_destroy(pointer);
}
