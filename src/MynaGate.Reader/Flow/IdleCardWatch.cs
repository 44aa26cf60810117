using System.Diagnostics;
using MynaGate.Card.Pcsc;
using MynaGate.Ocr.CardFace;
using MynaGate.Reader.Cards;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Flow;

/// <summary>
/// The card slot and the card camera while the reader is idle (R37), looked at every <see cref="Poll"/>: a card in
/// the slot that does not answer (two cards in the field at once) is <see cref="FlowErrors.CardsStacked"/>; a card lying
/// whole in view for a while that the slot has not found — in a thick case or cover, or not a My Number Card — is
/// <see cref="FlowErrors.CardNotDetected"/>. Only the card's outline is looked at, nothing on it is read; the camera is
/// closed when the watch ends, before a session opens it.
/// </summary>
internal static class IdleCardWatch
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    // a card being powered up may be mute for a moment: two looks in a row
    private const int MuteLooks = 2;

    /// <param name="after">How long a card must be in view, unfound, before it is reported.</param>
    /// <param name="report">Told the guidance code when it changes; null once there is nothing to say.</param>
    public static async Task RunAsync(ICardSlot slot, Func<IFrameSource> camera, TimeSpan after, Action<string?> report, CancellationToken ct)
    {
        IFrameSource? source = null;
        long? since = null;
        int mute = 0;
        string? reported = null;
        try
        {
            while (true)
            {
                mute = SlotMute() ? mute + 1 : 0;
                if (after > TimeSpan.Zero && await SeesCardAsync().ConfigureAwait(false)) since ??= Stopwatch.GetTimestamp();
                else since = null;

                string? guidance = mute >= MuteLooks ? FlowErrors.CardsStacked
                    : since is { } start && Stopwatch.GetElapsedTime(start) >= after ? FlowErrors.CardNotDetected
                    : null;
                if (guidance != reported)
                {
                    reported = guidance;
                    report(guidance);
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

        bool SlotMute()
        {
            try
            {
                return slot.IsCardMute();
            }
            catch (PcscException)
            {
                // pcscd is down: the wait for a card reports that, not the watch
                return false;
            }
        }

        async Task<bool> SeesCardAsync()
        {
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
                    return frame is not null && CardOutline.Find(frame, CardFaceReadingOptions.Default.MinCardArea).Quad is not null;
                }
            }
            catch (Exception e) when (e is VisionException or IOException or ArgumentException)
            {
                // no camera, or an empty image folder: nothing is seen; a session that needs the camera reports it
                source?.Dispose();
                source = null;
                return false;
            }
        }
    }
}
