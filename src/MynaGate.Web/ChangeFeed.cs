using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace MynaGate.Web;

/// <summary>
/// Tells every subscriber that something changed (a reader's screen, a language, settings); each open page then
/// fetches its fragment again. The notice carries a counter only, never content.
/// </summary>
public sealed class ChangeFeed
{
    private readonly ConcurrentDictionary<Channel<long>, byte> _subscribers = new();
    private long _version;

    public void Changed()
    {
        long version = Interlocked.Increment(ref _version);
        foreach (var subscriber in _subscribers.Keys) subscriber.Writer.TryWrite(version);
    }

    /// <summary>The current version at once, then one per change, until <paramref name="cancellationToken"/>.</summary>
    public async IAsyncEnumerable<long> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers[channel] = 0;
        try
        {
            yield return Volatile.Read(ref _version);
            while (true)
            {
                long version;
                try
                {
                    version = await channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
                yield return version;
            }
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }
}
