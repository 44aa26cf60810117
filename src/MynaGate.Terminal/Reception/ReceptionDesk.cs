using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Relay;

namespace MynaGate.Terminal.Reception;

/// <summary>
/// Reception-kiosk integration (R26): a reception system asks for the next verification on a reader and waits for
/// its outcome, so reception and the eligibility check are one operation. The outcome is the first session on that
/// reader that began after the request; one request waits per reader at a time.
/// </summary>
public sealed partial class ReceptionDesk(TimeProvider clock)
{
    /// <summary>A request no session answered within this time expires.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(10);

    /// <summary>How long an ended request can still be read.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly Dictionary<string, Entry> _entries = [];
    private readonly Lock _gate = new();

    public ReceptionVerification Start(string readerId, string reference, IReadOnlyCollection<string> pairedReaders)
    {
        ArgumentNullException.ThrowIfNull(pairedReaders);
        if (!pairedReaders.Contains(readerId)) throw new ReceptionException(ReceptionException.UnknownReader, $"No reader {readerId} is paired with this terminal.");
        if (reference is null || !ReferenceShape().IsMatch(reference))
            throw new ReceptionException(ReceptionException.BadReference, "The reference must be 1–32 letters, digits or hyphens (a reception number, never a name).");
        lock (_gate)
        {
            Sweep();
            if (_entries.Values.Any(e => e.Verification.ReaderId == readerId && e.Verification.State == ReceptionState.Waiting))
                throw new ReceptionException(ReceptionException.ReaderBusy, $"A verification is already waiting on reader {readerId}.");
            var verification = new ReceptionVerification(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), readerId, reference, clock.GetUtcNow());
            _entries[verification.Id] = new Entry(verification);
            return verification;
        }
    }

    public ReceptionVerification Get(string id)
    {
        lock (_gate)
        {
            Sweep();
            return Find(id).Verification;
        }
    }

    /// <summary>The verification once it has ended, or as it stands after <paramref name="wait"/>.</summary>
    public async Task<ReceptionVerification> WaitAsync(string id, TimeSpan wait, CancellationToken cancellationToken)
    {
        Task ended;
        lock (_gate)
        {
            Sweep();
            var entry = Find(id);
            if (entry.Verification.State != ReceptionState.Waiting) return entry.Verification;
            ended = entry.Ended.Task;
        }
        try
        {
            await ended.WaitAsync(wait, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
        return Get(id);
    }

    public ReceptionVerification Cancel(string id)
    {
        lock (_gate)
        {
            var entry = Find(id);
            if (entry.Verification.State != ReceptionState.Waiting)
                throw new ReceptionException(ReceptionException.AlreadyEnded, "The verification has already ended.");
            return End(entry, entry.Verification with { State = ReceptionState.Cancelled, EndedAt = clock.GetUtcNow() });
        }
    }

    /// <summary>A reader reported a session's end: it answers the request waiting on that reader if it began after it.</summary>
    public void OnSessionReported(PairedReader reader, SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(report);
        lock (_gate)
        {
            var began = report.EndedAt - report.Duration;
            var entry = _entries.Values.FirstOrDefault(e => e.Verification.ReaderId == reader.ReaderId
                && e.Verification.State == ReceptionState.Waiting && e.Verification.RequestedAt <= began);
            if (entry is null) return;
            End(entry, entry.Verification with
            {
                State = report.ErrorCode is null ? ReceptionState.Completed : ReceptionState.Failed,
                EndedAt = report.EndedAt,
                Method = report.Method,
                ErrorCode = report.ErrorCode,
                ResultFile = report.ResultFile,
                CertificateFile = report.CertificateFile,
            });
        }
    }

    private Entry Find(string id) =>
        _entries.TryGetValue(id, out var entry) ? entry : throw new ReceptionException(ReceptionException.UnknownVerification, "No such verification.");

    private static ReceptionVerification End(Entry entry, ReceptionVerification ended)
    {
        entry.Verification = ended;
        entry.Ended.TrySetResult();
        return ended;
    }

    /// <summary>Expires requests that waited too long and forgets ended ones after <see cref="Retention"/>.</summary>
    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var entry in _entries.Values.ToList())
        {
            var verification = entry.Verification;
            if (verification.State == ReceptionState.Waiting && now - verification.RequestedAt > WaitLimit)
                End(entry, verification with { State = ReceptionState.Expired, EndedAt = now });
            else if (verification.EndedAt is { } ended && now - ended > Retention)
                _entries.Remove(verification.Id);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex ReferenceShape();

    private sealed class Entry(ReceptionVerification verification)
    {
        public ReceptionVerification Verification { get; set; } = verification;
        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
