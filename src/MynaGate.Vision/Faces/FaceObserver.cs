using MynaGate.Vision.Frames;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>
/// Observes a camera's frames (detect, quality, embed, liveness: <see cref="FaceEngine.Observe"/>) on a background task
/// while there is no reference to compare them with yet — the card face is still being read for the chip photo — so
/// that the verification starts from frames already analysed instead of the patient waiting for them after the photo
/// is enrolled. It takes at most <c>limit</c> frames and keeps every one: the decision takes the camera's frames in
/// the order given, none lost or read twice. The engine is not thread-safe: it is the observer's until
/// <see cref="StopAsync"/> returns.
/// </summary>
public sealed class FaceObserver : IAsyncDisposable
{
    private readonly FaceEngine _engine;
    private readonly IFrameSource _camera;
    private readonly int _limit;
    private readonly List<FaceObservation> _observed = [];
    private readonly CancellationTokenSource _stop;
    private readonly Task _run;
    private bool _stopped;

    private FaceObserver(FaceEngine engine, IFrameSource camera, int limit, CancellationToken cancellationToken)
    {
        _engine = engine;
        _camera = camera;
        _limit = limit;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _run = Task.Run(ObserveAsync, CancellationToken.None);
    }

    /// <summary>Starts observing <paramref name="camera"/>'s frames, at most <paramref name="limit"/> of them.</summary>
    public static FaceObserver Start(FaceEngine engine, IFrameSource camera, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return new FaceObserver(engine, camera, limit, cancellationToken);
    }

    /// <summary>
    /// Stops after the frame in hand and hands over what was observed, oldest first; the caller disposes them. A camera
    /// or engine failure met while observing is thrown here, as it would have been when verifying.
    /// </summary>
    public async Task<IReadOnlyList<FaceObservation>> StopAsync()
    {
        ObjectDisposedException.ThrowIf(_stopped, this);
        _stopped = true;
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _run.ConfigureAwait(false);
        }
        catch
        {
            Release();
            throw;
        }

        FaceObservation[] observed = [.. _observed];
        _observed.Clear();
        return observed;
    }

    /// <summary>Stops, if not stopped yet, and clears whatever was observed (embeddings are biometric data).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _stop.CancelAsync().ConfigureAwait(false);
            await _run.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Release();
        }

        _stop.Dispose();
    }

    private async Task ObserveAsync()
    {
        var stop = _stop.Token;
        while (_observed.Count < _limit && !stop.IsCancellationRequested)
        {
            VisionImage? frame;
            try
            {
                frame = await _camera.NextFrameAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            if (frame is null)
            {
                return;
            }

            using (frame)
            {
                _observed.Add(_engine.Observe(frame));
            }
        }
    }

    private void Release()
    {
        foreach (FaceObservation observation in _observed)
        {
            observation.Dispose();
        }

        _observed.Clear();
    }
}
