using System.Diagnostics;
using MynaGate.Ocr.CardFace;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Flow;

/// <summary>
/// The card camera while the reader is idle (R37): a card lying whole in view for a while the slot has not found is one
/// its antenna cannot reach — in a thick case or cover — or not a My Number Card. One frame is looked at every
/// <see cref="Poll"/>, the outline only (nothing on the card is read); the camera is closed when the watch ends, before
/// a session opens it.
/// </summary>
internal static class IdleCardWatch
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <param name="after">How long a card must be in view, unfound, before <paramref name="report"/> is told (true), and told again (false) once it is gone.</param>
    public static async Task RunAsync(Func<IFrameSource> camera, TimeSpan after, Action<bool> report, CancellationToken ct)
    {
        IFrameSource? source = null;
        long? since = null;
        bool reported = false;
        try
        {
            while (true)
            {
                bool seen = false;
                try
                {
                    source ??= camera();
                    var frame = await source.NextFrameAsync(ct).ConfigureAwait(false);
                    if (frame is null)
                    {
                        // an image sequence played out: opened again, as its folder is now
                        source.Dispose();
                        source = camera();
                        frame = await source.NextFrameAsync(ct).ConfigureAwait(false);
                    }
                    using (frame)
                    {
                        seen = frame is not null && CardOutline.Find(frame, CardFaceReadingOptions.Default.MinCardArea).Quad is not null;
                    }
                }
                catch (Exception e) when (e is VisionException or IOException or ArgumentException)
                {
                    // no camera, or an empty image folder: nothing is seen; a session that needs the camera reports it
                    source?.Dispose();
                    source = null;
                }

                if (!seen) since = null;
                else since ??= Stopwatch.GetTimestamp();
                bool unfound = since is { } start && Stopwatch.GetElapsedTime(start) >= after;
                if (unfound != reported)
                {
                    reported = unfound;
                    report(unfound);
                }
                await Task.Delay(Poll, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the watch ends with the idle screen
        }
        finally
        {
            source?.Dispose();
        }
    }
}
