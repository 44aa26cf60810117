using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;
using MynaGate.Vision.Native;

namespace MynaGate.Vision.Faces;

/// <summary>Passive liveness: MiniFASNet V2 and V1SE on their own crops around the face, averaged.</summary>
public sealed unsafe class LivenessDetector : IDisposable
{
    private readonly LivenessHandle _handle;

    private LivenessDetector(LivenessHandle handle) => _handle = handle;

    public static LivenessDetector Create(ModelFile v2, ModelFile v1Se, string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(v2);
        ArgumentNullException.ThrowIfNull(v1Se);
        byte[] v2Bytes = v2.ReadVerified(modelDirectory);
        byte[] v1SeBytes = v1Se.ReadVerified(modelDirectory);
        MgvStatus status;
        LivenessHandle handle;
        fixed (byte* a = v2Bytes, b = v1SeBytes)
        {
            status = VisionNative.mgv_liveness_create(a, (nuint)v2Bytes.Length, b, (nuint)v1SeBytes.Length, out handle);
        }

        return new LivenessDetector(NativeStatus.Take(status, handle));
    }

    public LivenessScore Score(VisionImage frame, DetectedFace face)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(face);
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        NativeStatus.ThrowIfFailed(VisionNative.mgv_liveness_score_face(
            _handle, frame.Handle, face.Box.X, face.Box.Y, face.Box.Width, face.Box.Height, out MgvLivenessScore s));
        return new LivenessScore(s.RealV2, s.RealV1Se, s.Real);
    }

    public void Dispose() => _handle.Dispose();
}
