using MynaGate.Card.Pcsc.Interop;

namespace MynaGate.Card.Pcsc;

/// <summary>
/// Reports cards placed and removed, and readers plugged and unplugged, through SCardGetStatusChange on its own
/// context. The first wait reports the cards already present as inserted. Any ATR counts: whether the card is a My
/// Number Card is decided by probing its applications, not here.
/// </summary>
public sealed class CardPresenceMonitor : IDisposable
{
    /// <summary>
    /// pcsc-lite refuses SCardGetStatusChange on more reader states than it serves readers (16). With that many readers
    /// watched, the plug-and-play notification is left out: no reader can be added then, and one unplugged shows as
    /// unavailable in its own state.
    /// </summary>
    public const int MaxStates = 16;

    private readonly PcscContext _context;
    private readonly ReaderState _pnp = new(PcscPlatform.PnpNotification);
    private readonly Dictionary<string, ReaderState> _readers = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _filter;

    /// <param name="readerFilter">Which readers to watch; all when null.</param>
    public CardPresenceMonitor(Func<string, bool>? readerFilter = null)
    {
        _filter = readerFilter ?? (_ => true);
        _context = PcscContext.Establish();
        foreach (string reader in _context.ListReaders().Where(_filter)) _readers[reader] = new ReaderState(reader);
    }

    public IReadOnlyCollection<string> Readers => _readers.Keys;

    /// <summary>Waits up to <paramref name="timeout"/> and returns what changed (empty on timeout).</summary>
    public IReadOnlyList<ReaderEvent> Wait(TimeSpan timeout)
    {
        var states = _readers.Count < MaxStates ? [.. _readers.Values, _pnp] : _readers.Values.Take(MaxStates).ToArray();
        if (!_context.GetStatusChange(states, timeout)) return [];

        var events = new List<ReaderEvent>();
        if (_pnp.IsChanged)
        {
            _pnp.Acknowledge();
            RefreshReaders(events);
        }
        foreach (var state in _readers.Values.Where(s => s.IsChanged).ToList())
        {
            bool wasPresent = (state.CurrentState & ReaderStatus.Present) != 0;
            if ((state.EventState & ReaderStatus.Unavailable) != 0 && (state.EventState & ReaderStatus.Present) == 0)
            {
                if (wasPresent) events.Add(new ReaderEvent(ReaderEventKind.CardRemoved, state.ReaderName, []));
                state.Acknowledge();
                continue;
            }
            if (!wasPresent && state.IsCardPresent) events.Add(new ReaderEvent(ReaderEventKind.CardInserted, state.ReaderName, state.Atr));
            else if (wasPresent && !state.IsCardPresent) events.Add(new ReaderEvent(ReaderEventKind.CardRemoved, state.ReaderName, []));
            else if (wasPresent && state.IsCardPresent && state.EventCount != state.AcknowledgedEventCount)
            {
                // one card taken away and another placed between two waits: pcsc-lite counts both events
                events.Add(new ReaderEvent(ReaderEventKind.CardRemoved, state.ReaderName, []));
                events.Add(new ReaderEvent(ReaderEventKind.CardInserted, state.ReaderName, state.Atr));
            }
            state.Acknowledge();
        }
        return events;
    }

    /// <summary>Waits for the first event of <paramref name="kind"/>, skipping others; <see cref="TimeoutException"/> when none comes.</summary>
    public ReaderEvent WaitFor(ReaderEventKind kind, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        for (var left = timeout; left > TimeSpan.Zero; left = deadline - DateTime.UtcNow)
            foreach (var e in Wait(left))
                if (e.Kind == kind) return e;
        throw new TimeoutException($"PC/SC reported no {kind} within {timeout.TotalSeconds:0.#} s.");
    }

    private void RefreshReaders(List<ReaderEvent> events)
    {
        var now = _context.ListReaders().Where(_filter).ToHashSet(StringComparer.Ordinal);
        foreach (string gone in _readers.Keys.Where(r => !now.Contains(r)).ToList())
        {
            if ((_readers[gone].CurrentState & ReaderStatus.Present) != 0)
                events.Add(new ReaderEvent(ReaderEventKind.CardRemoved, gone, []));
            _readers.Remove(gone);
            events.Add(new ReaderEvent(ReaderEventKind.ReaderRemoved, gone, []));
        }
        foreach (string added in now.Where(r => !_readers.ContainsKey(r)))
        {
            _readers[added] = new ReaderState(added);
            events.Add(new ReaderEvent(ReaderEventKind.ReaderAdded, added, []));
        }
    }

    public void Dispose() => _context.Dispose();
}
