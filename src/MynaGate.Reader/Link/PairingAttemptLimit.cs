using MynaGate.Link.Messages;
using MynaGate.Link.Pairing;
using MynaGate.Storage;

namespace MynaGate.Reader.Link;

/// <summary>
/// The reader's limit on pairing attempts, kept on disk so a restart (a power cut, a crash an attacker provokes) does
/// not reset it: at most <see cref="PairingLimits.AttemptsPerWindow"/> starts per <see cref="PairingLimits.Window"/>.
/// The first time the limit is reached the reader waits out the window; each time it is reached again before a quiet
/// day (<see cref="PairingLimits.QuietReset"/>) has passed the wait doubles, up to <see cref="PairingLimits.MaxWait"/>.
/// It always ends: nothing on the LAN can force a site visit. A pairing that succeeds clears it.
/// </summary>
internal sealed class PairingAttemptLimit
{
    private const int MaxDoublings = 5;

    private readonly JsonFileStore<Record> _file;
    private Record _record;

    public PairingAttemptLimit(string path, TimeProvider clock)
    {
        _file = new JsonFileStore<Record>(path, LinkJson.Options, ownerOnly: true);
        _record = Load(_file, clock);
    }

    /// <summary>Counts a start at <paramref name="now"/>; null when it may go on, otherwise how long to wait.</summary>
    public TimeSpan? TryStart(DateTimeOffset now)
    {
        var record = _record;
        if (record.BlockedUntil is { } until && until > now) return until - now;
        int doublings = record.BlockedUntil is { } ended && now - ended > PairingLimits.QuietReset ? 0 : record.Doublings;
        var starts = record.Starts.Where(s => now - s < PairingLimits.Window && s <= now).Order().ToList();
        if (starts.Count >= PairingLimits.AttemptsPerWindow)
        {
            // the first time as the window itself says; then twice as long each time, up to the cap
            var blockedUntil = doublings == 0 ? starts[0] + PairingLimits.Window : now + Min(PairingLimits.Window * (1 << doublings), PairingLimits.MaxWait);
            Save(new Record([], blockedUntil, Math.Min(doublings + 1, MaxDoublings)));
            return blockedUntil - now;
        }
        starts.Add(now);
        Save(record with { Starts = starts, Doublings = doublings });
        return null;
    }

    /// <summary>A pairing succeeded: the limit starts afresh.</summary>
    public void Paired() => Save(new Record([], null, 0));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private void Save(Record record)
    {
        _record = record;
        _file.Save(record);
    }

    // a file that cannot be read counts as a limit just reached: a damaged file must not lift it
    private static Record Load(JsonFileStore<Record> file, TimeProvider clock)
    {
        try
        {
            return file.Load() ?? new Record([], null, 0);
        }
        catch (InvalidDataException)
        {
            return new Record([], clock.GetUtcNow() + PairingLimits.Window, 1);
        }
    }

    private sealed record Record(List<DateTimeOffset> Starts, DateTimeOffset? BlockedUntil, int Doublings);
}
