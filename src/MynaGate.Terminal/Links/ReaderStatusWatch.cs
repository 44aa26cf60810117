using MynaGate.Link.Messages;
using MynaGate.Terminal.Logging;

namespace MynaGate.Terminal.Links;

/// <summary>
/// Follows one reader's status by long poll for the console (mirror, reader list), and brings the reader to the
/// clinic's saved settings whenever it reports others (after its restart, or a push it missed while down).
/// </summary>
public sealed class ReaderStatusWatch(PairedReader reader, ReaderConnection connection, Func<ReaderSettings?> saved,
    Func<NationalServiceNotice> nationalService, TerminalEventLog log)
{
    private ReaderStatus? _latest;
    private ReaderSettings? _refused;

    /// <summary>The reader's last status; null while it cannot be reached.</summary>
    public ReaderStatus? Latest => Volatile.Read(ref _latest);

    /// <summary>Raised on each new status, and with null when the reader is lost.</summary>
    public event Action<PairedReader, ReaderStatus?>? Changed;

    public async Task RunAsync(CancellationToken stopping)
    {
        long after = 0;
        var backoff = new LinkBackoff();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var status = await connection.StatusAsync(after, stopping).ConfigureAwait(false);
                backoff.Reset();
                if (status is null) continue;
                after = status.Version;
                Publish(status);
                await ConformAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is HttpRequestException or UnauthorizedAccessException or IOException or OperationCanceledException
                or System.Text.Json.JsonException)
            {
                // a restarted reader counts its versions from 1 again
                after = 0;
                if (Latest is not null) Publish(null);
                if (!await backoff.WaitAsync(stopping).ConfigureAwait(false)) break;
            }
        }
    }

    /// <summary>
    /// Tells the reader of the national service's state when its last status shows another (R43), and pushes the saved
    /// settings when it reports others (after the console saved new ones, or the reader restarted); settings it refused
    /// are not pushed again.
    /// </summary>
    public async Task ConformAsync(CancellationToken cancellationToken)
    {
        if (Latest is not { } status) return;
        var notice = nationalService();
        if ((status.NationalService?.Down ?? false) != notice.Down) await connection.NoticeNationalServiceAsync(notice, cancellationToken).ConfigureAwait(false);
        if (saved() is not { } settings || settings.SameAs(status.Settings) || (_refused is not null && settings.SameAs(_refused))) return;
        var problems = await connection.ApplySettingsAsync(settings, cancellationToken).ConfigureAwait(false);
        if (problems.Count == 0)
        {
            log.Write(TerminalEvent.SettingsApplied, reader.ReaderId);
            return;
        }
        _refused = settings;
        log.Write(TerminalEvent.SettingsRefused, reader.ReaderId);
    }

    private void Publish(ReaderStatus? status)
    {
        Volatile.Write(ref _latest, status);
        Changed?.Invoke(reader, status);
    }
}
