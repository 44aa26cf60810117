using System.Drawing;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;
using MynaGate.Vision.Native;

namespace MynaGate.Vision.Faces;

/// <summary>YuNet (2022mar) through cv::FaceDetectorYN; one instance per thread.</summary>
public sealed unsafe class FaceDetector : IDisposable
{
    private const int Capacity = 64;
    private readonly FaceDetectorHandle _handle;

    private FaceDetector(FaceDetectorHandle handle) => _handle = handle;

    public static FaceDetector Create(ModelFile model, string modelDirectory, DetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var native = new MgvDetectorOptions
        {
            ScoreThreshold = options.ScoreThreshold,
            NmsThreshold = options.NmsThreshold,
            TopK = options.TopK,
            MaxSide = options.MaxSide,
        };
        MgvStatus status = VisionNative.mgv_face_detector_create(model.VerifiedPath(modelDirectory), native, out FaceDetectorHandle handle);
        return new FaceDetector(NativeStatus.Take(status, handle));
    }

    /// <summary>Every face in the frame, highest score first.</summary>
    public IReadOnlyList<DetectedFace> Detect(VisionImage frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        MgvFace* found = stackalloc MgvFace[Capacity];
        NativeStatus.ThrowIfFailed(VisionNative.mgv_face_detector_detect(_handle, frame.Handle, found, Capacity, out int count));
        var faces = new List<DetectedFace>(Math.Min(count, Capacity));
        for (int i = 0; i < Math.Min(count, Capacity); i++)
        {
            MgvFace f = found[i];
            var landmarks = new PointF[5];
            for (int k = 0; k < 5; k++)
            {
                landmarks[k] = new PointF(f.Landmarks[2 * k], f.Landmarks[(2 * k) + 1]);
            }

            faces.Add(new DetectedFace(new RectangleF(f.X, f.Y, f.Width, f.Height), landmarks, f.Score));
        }

        return [.. faces.OrderByDescending(f => f.Score)];
    }

    public void Dispose() => _handle.Dispose();
}
