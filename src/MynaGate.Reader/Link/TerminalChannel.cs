using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using MynaGate.Link.Messages;

namespace MynaGate.Reader.Link;

/// <summary>
/// The reader's side of the link: the flow puts a request here and awaits the reply; the paired terminal collects
/// requests by long poll and posts replies. A request nobody collects or answers in time fails with a timeout, so a
/// terminal that is down or restarting ends the session in a defined state. What waits for the terminal is bounded: a
/// terminal down for days costs the reader <see cref="MaxWaitingMessages"/> messages, not memory without end.
/// </summary>
public sealed class TerminalChannel : ITerminalChannel
{
    /// <summary>Messages kept for a terminal that does not collect them; past this the oldest go (a report, or a request whose flow gave up).</summary>
    public const int MaxWaitingMessages = 256;

    private readonly Channel<LinkRequest> _outgoing = Channel.CreateBounded<LinkRequest>(
        new BoundedChannelOptions(MaxWaitingMessages) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly ConcurrentDictionary<string, Waiting> _waiting = new();

    public async Task<LinkReply> RequestAsync(LinkRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = new TaskCompletionSource<LinkReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[request.MessageId] = new Waiting(reply, Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency));
        try
        {
            await _outgoing.Writer.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            return await reply.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _waiting.TryRemove(request.MessageId, out _);
        }
    }

    public void Notify(LinkRequest request) => _outgoing.Writer.TryWrite(request);

    /// <summary>The next request still awaited (or a notice), within <paramref name="wait"/>; null when none came.</summary>
    public async Task<LinkRequest?> TakeAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        try
        {
            while (true)
            {
                var request = await _outgoing.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
                if (request.Kind is LinkRequestKind.Abandon or LinkRequestKind.Report) return request;
                // a request whose sender gave up (timeout, card pulled) is not worth the terminal's time; one still
                // awaited tells the terminal how long the flow will wait yet, so nothing is written after it gave up
                if (_waiting.TryGetValue(request.MessageId, out var waiting) && waiting.RemainingMs() is > 0 and var remaining)
                    return request with { WaitMs = remaining };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Hands a reply to the waiting flow; false when nothing waits for it any more.</summary>
    public bool Deliver(LinkReply reply) => _waiting.TryGetValue(reply.MessageId, out var waiting) && waiting.Reply.TrySetResult(reply);

    private sealed record Waiting(TaskCompletionSource<LinkReply> Reply, long DeadlineTimestamp)
    {
        public int RemainingMs() => (int)Math.Clamp((DeadlineTimestamp - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency, 0, int.MaxValue);
    }
}
