namespace MynaGate.Vision.Native;

/// <summary>Owns an mgv_face_detector.</summary>
internal sealed class FaceDetectorHandle : NativeHandle
{
    private protected override void Destroy(nint pointer) => VisionNative.mgv_face_detector_destroy(pointer);
}
