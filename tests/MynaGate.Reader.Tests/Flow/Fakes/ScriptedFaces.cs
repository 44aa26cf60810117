using System.Collections.Concurrent;
using MynaGate.Reader.Flow;
using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Tests.Flow.Fakes;

/// <summary>
/// The face step decided by the test: whether the chip photo enrols, and the outcome of each attempt in turn (matched
/// when none is queued). It counts the steps started and ended, so a test sees the camera closed on every ending.
/// </summary>
internal sealed class ScriptedFaces : IFaceMatching
{
    private readonly ConcurrentQueue<FaceVerificationOutcome> _attempts = new();
    private int _started;
    private int _ended;

    public bool PhotoEnrols { get; set; } = true;

    /// <summary>The guidance each attempt reports before it ends (a quality reason the kiosk shows).</summary>
    public QualityReason? Guidance { get; set; }

    public int Started => Volatile.Read(ref _started);

    public int Ended => Volatile.Read(ref _ended);

    public LivePreview? LastPreview { get; private set; }

    /// <summary>The photo the flow enrolled last: the chip's, as the card returned it.</summary>
    public byte[]? EnrolledPhoto { get; private set; }

    public void Queue(params FaceVerificationOutcome[] outcomes)
    {
        foreach (var outcome in outcomes) _attempts.Enqueue(outcome);
    }

    public IFaceMatch Start(LivePreview? preview, CancellationToken sessionEnded)
    {
        Interlocked.Increment(ref _started);
        LastPreview = preview;
        return new Match(this);
    }

    private sealed class Match(ScriptedFaces faces) : IFaceMatch
    {
        private bool _enrolled;

        public Task<bool> EnrolAsync(byte[] photo)
        {
            faces.EnrolledPhoto = [.. photo];
            _enrolled = faces.PhotoEnrols;
            return Task.FromResult(_enrolled);
        }

        public Task<FaceVerification> VerifyAsync(IProgress<FrameAnalysis> guidance, CancellationToken cancellationToken)
        {
            if (!_enrolled) throw new InvalidOperationException("The flow matched without an enrolled photo.");
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = faces._attempts.TryDequeue(out var next) ? next : FaceVerificationOutcome.Matched;
            return Task.FromResult(new FaceVerification(outcome, faces.Guidance, 0.5f, 0.4f, 3, 3, 1, TimeSpan.FromMilliseconds(10)));
        }

        public ValueTask DisposeAsync()
        {
            Interlocked.Increment(ref faces._ended);
            return ValueTask.CompletedTask;
        }
    }
}
