using MynaGate.Link.Messages;
using MynaGate.Reader.Link;

namespace MynaGate.Reader.Flow;

/// <summary>The flow's requests to its terminal: a reply within the session's terminal timeout, or the session ends with a code.</summary>
internal sealed class TerminalRequests(ITerminalChannel terminal, TimeSpan timeout)
{
    public static string NewMessageId() => Guid.NewGuid().ToString("N");

    /// <summary>Asks and waits; silence ends the session with <see cref="FlowErrors.TerminalSilent"/>, a refusal with its own code.</summary>
    public async Task<LinkReply> AskAsync(LinkRequest request, CancellationToken ct)
    {
        LinkReply reply;
        try
        {
            reply = await terminal.RequestAsync(request, timeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new FlowEndedException(FlowErrors.TerminalSilent);
        }
        if (reply.Error is { } error) throw new FlowEndedException(error.Code, error.Message);
        return reply;
    }

    /// <summary>Tells the terminal without waiting.</summary>
    public void Notify(LinkRequest request) => terminal.Notify(request);
}
