using MynaGate.Vision.Errors;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Flow;

/// <summary>The face step on the reader's face camera and <see cref="FaceEngine"/> (one engine, one patient at a time).</summary>
public sealed class EngineFaceMatching(FaceEngine engine, Func<IFrameSource> camera) : IFaceMatching
{
    public IFaceMatch Start(LivePreview? preview, CancellationToken sessionEnded)
    {
        IFrameSource frames = preview is null ? camera() : new PreviewingFrameSource(camera(), preview);
        return new Match(engine, frames, FaceObserver.Start(engine, frames, engine.Options.Decision.FramesToDecide, sessionEnded));
    }

    private sealed class Match(FaceEngine engine, IFrameSource camera, FaceObserver observer) : IFaceMatch
    {
        private readonly FaceVerifier _verifier = new(engine);
        private IReadOnlyList<FaceObservation>? _observed;
        private bool _observedUsed;
        private ReferenceFace? _reference;

        public async Task<bool> EnrolAsync(byte[] photo)
        {
            // the engine is the observer's until it stops: enrolling uses it too
            _observed ??= await observer.StopAsync().ConfigureAwait(false);
            _reference?.Dispose();
            try
            {
                _reference = engine.EnrolReference(photo);
                return true;
            }
            catch (VisionException)
            {
                _reference = null;
                return false;
            }
        }

        public async Task<FaceVerification> VerifyAsync(IProgress<FrameAnalysis> guidance, CancellationToken cancellationToken)
        {
            var reference = _reference ?? throw new InvalidOperationException("No photo is enrolled.");
            var observed = _observedUsed ? [] : _observed ?? [];
            _observedUsed = true;
            return await _verifier.VerifyAsync(camera, reference, observed, guidance, cancellationToken).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            await observer.DisposeAsync().ConfigureAwait(false);
            foreach (var observation in _observed ?? []) observation.Dispose();
            _reference?.Dispose();
            _reference = null;
            camera.Dispose();
        }
    }
}
