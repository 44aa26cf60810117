using MynaGate.Card.Pcsc;

namespace MynaGate.Reader.Cards;

/// <summary>
/// One PC/SC reader as the card slot — a named one, or with <see cref="AnyReader"/> whichever reader a card is placed
/// in (a unit with one card reader need not know the name pcscd gives it). Presence is watched by SCardGetStatusChange on contexts of its own (a context
/// is not thread-safe): one waits for the card, another watches a placed card until it is pulled. Those waits block,
/// so they run on threads of their own: on the thread pool they starve the async work around them (the link, the
/// camera, an in-process virtual card), which then stalls for the pool's thread injection, about a second.
/// </summary>
public sealed class PcscCardSlot : ICardSlot
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly Func<string, bool> _accepts;
    private volatile string? _readerName;

    public PcscCardSlot(string readerName)
    {
        _accepts = r => r == readerName;
        _readerName = readerName;
    }

    private PcscCardSlot(Func<string, bool> accepts) => _accepts = accepts;

    /// <summary>The slot is whichever reader the next card is placed in.</summary>
    public static PcscCardSlot AnyReader() => new(_ => true);

    /// <summary>Whichever reader the next card is placed in but <paramref name="excluded"/> (the smartphone's 汎用 reader).</summary>
    public static PcscCardSlot AnyReaderExcept(string excluded) => new(r => r != excluded);

    /// <summary>The reader of the slot: the configured one, or the one the last card was placed in (null before any).</summary>
    public string? ReaderName => _readerName;

    public Task<PlacedCard> WaitForCardAsync(CancellationToken cancellationToken) => RunBlocking(() =>
    {
        string reader;
        using (var monitor = new CardPresenceMonitor(_accepts))
        {
            // the first wait reports a card already present as inserted
            ReaderEvent? inserted;
            while ((inserted = monitor.Wait(Poll).FirstOrDefault(e => e.Kind == ReaderEventKind.CardInserted && _accepts(e.ReaderName))) is null)
                cancellationToken.ThrowIfCancellationRequested();
            reader = inserted.ReaderName;
        }
        _readerName = reader;
        return Connect(reader, cancellationToken);
    }, cancellationToken);

    public bool IsCardPresent() => Now().Any(s => s.IsCardPresent);

    public bool IsCardMute() => Now().Any(s => s.IsCardMute);

    // each accepted reader's state now: from an unaware state the call answers at once
    private ReaderState[] Now()
    {
        using var context = PcscContext.Establish();
        var states = context.ListReaders().Where(_accepts).Select(r => new ReaderState(r)).ToArray();
        return states.Length > 0 && context.GetStatusChange(states, TimeSpan.Zero) ? states : [];
    }

    public Task WaitForRemovalAsync(CancellationToken cancellationToken) => RunBlocking(() =>
    {
        if (_readerName is not { } reader) return;
        using var context = PcscContext.Establish();
        var state = new ReaderState(reader);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.GetStatusChange([state], Poll);
            if (!state.IsCardPresent) return;
            state.Acknowledge();
        }
    }, cancellationToken);

    private static Task<T> RunBlocking<T>(Func<T> wait, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(wait, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static Task RunBlocking(Action wait, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(wait, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private PlacedCard Connect(string reader, CancellationToken cancellationToken)
    {
        var context = PcscContext.Establish();
        PcscConnection connection;
        try
        {
            connection = context.Connect(reader, ShareMode.Exclusive, CardDisposition.Reset);
        }
        catch
        {
            context.Dispose();
            throw;
        }

        var removed = new CancellationTokenSource();
        var watching = new CancellationTokenSource();
        bool slotFailed = false;
        var watcher = WatchRemovalAsync(removed, () => Volatile.Write(ref slotFailed, true), watching.Token);
        return new PlacedCard(connection, () =>
        {
            watching.Cancel();
            watcher.Wait(TimeSpan.FromSeconds(2));
            try
            {
                connection.Dispose();
                context.Dispose();
            }
            catch (PcscException)
            {
                // pcscd is gone, and with it the connection and the card's state: nothing is left to release
            }
            removed.Dispose();
            watching.Dispose();
        }, () => Volatile.Read(ref slotFailed), removed.Token);
    }

    private Task WatchRemovalAsync(CancellationTokenSource removed, Action failed, CancellationToken stop) => Task.Run(async () =>
    {
        try
        {
            await WaitForRemovalAsync(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (PcscException)
        {
            // pcscd stopped or the reader went away: the card cannot be watched, so the session must not go on with it
            failed();
        }
        await removed.CancelAsync().ConfigureAwait(false);
    }, CancellationToken.None);
}
