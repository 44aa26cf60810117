namespace MynaGate.Vision.Native;

/// <summary>Owns an mgv_face_embedder.</summary>
internal sealed class FaceEmbedderHandle : NativeHandle
{
    private protected override void Destroy(nint pointer) => VisionNative.mgv_face_embedder_destroy(pointer);
}
