using MynaGate.Card.Pcsc;

namespace MynaGate.Reader.Cards;

/// <summary>
/// One PC/SC reader as the card slot. Presence is watched by SCardGetStatusChange on contexts of its own (a context
/// is not thread-safe): one waits for the card, another watches a placed card until it is pulled. Those waits block,
/// so they run on threads of their own: on the thread pool they starve the async work around them (the link, the
/// camera, an in-process virtual card), which then stalls for the pool's thread injection, about a second.
/// </summary>
public sealed class PcscCardSlot(string readerName) : ICardSlot
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public string ReaderName { get; } = readerName;

    public Task<PlacedCard> WaitForCardAsync(CancellationToken cancellationToken) => RunBlocking(() =>
    {
        using (var monitor = new CardPresenceMonitor(r => r == ReaderName))
        {
            // the first wait reports a card already present as inserted
            while (!monitor.Wait(Poll).Any(e => e.Kind == ReaderEventKind.CardInserted && e.ReaderName == ReaderName))
                cancellationToken.ThrowIfCancellationRequested();
        }
        return Connect(cancellationToken);
    }, cancellationToken);

    public Task WaitForRemovalAsync(CancellationToken cancellationToken) => RunBlocking(() =>
    {
        using var context = PcscContext.Establish();
        var state = new ReaderState(ReaderName);
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

    private PlacedCard Connect(CancellationToken cancellationToken)
    {
        var context = PcscContext.Establish();
        PcscConnection connection;
        try
        {
            connection = context.Connect(ReaderName, ShareMode.Exclusive, CardDisposition.Reset);
        }
        catch
        {
            context.Dispose();
            throw;
        }

        var removed = new CancellationTokenSource();
        var watching = new CancellationTokenSource();
        var watcher = WatchRemovalAsync(removed, watching.Token);
        return new PlacedCard(connection, () =>
        {
            watching.Cancel();
            watcher.Wait(TimeSpan.FromSeconds(2));
            connection.Dispose();
            context.Dispose();
            removed.Dispose();
            watching.Dispose();
        }, removed.Token);
    }

    private Task WatchRemovalAsync(CancellationTokenSource removed, CancellationToken stop) => Task.Run(async () =>
    {
        try
        {
            await WaitForRemovalAsync(stop).ConfigureAwait(false);
            await removed.CancelAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }, CancellationToken.None);
}
