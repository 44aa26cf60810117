using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Flow;

/// <summary>
/// The face step as the flow meets it (R05, R06): the face camera opened when the patient chooses 顔認証, its frames
/// analysed at once, before the chip photo is known. <see cref="EngineFaceMatching"/> runs the models on a camera;
/// flow tests decide in process.
/// </summary>
public interface IFaceMatching
{
    /// <summary>Opens the face camera and starts analysing its frames; shown on <paramref name="preview"/> when given.</summary>
    IFaceMatch Start(LivePreview? preview, CancellationToken sessionEnded);
}

/// <summary>
/// One patient's face step. Disposing closes the camera and clears every embedding and the enrolled photo's.
/// </summary>
public interface IFaceMatch : IAsyncDisposable
{
    /// <summary>Enrols the chip photo; false when it holds no usable face (or does not decode).</summary>
    Task<bool> EnrolAsync(byte[] photo);

    /// <summary>
    /// One attempt against the enrolled photo: the frames analysed before it was enrolled first (on the first attempt),
    /// then new ones, within the decision's time budget. Each analysed frame is reported for the patient's guidance.
    /// </summary>
    Task<FaceVerification> VerifyAsync(IProgress<FrameAnalysis> guidance, CancellationToken cancellationToken);
}
