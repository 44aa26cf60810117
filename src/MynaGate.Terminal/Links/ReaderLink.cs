using MynaGate.Link.Messages;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Relay;

namespace MynaGate.Terminal.Links;

/// <summary>
/// The terminal's side of one paired reader: polls it for requests, hands each to the relay and posts the reply.
/// A lost connection is logged with its diagnostic once and retried with back-off until the terminal stops. No message
/// ends the loop: one the relay cannot serve is answered with T206 and logged, and the loop goes on.
/// </summary>
public sealed class ReaderLink(PairedReader reader, ReaderConnection connection, SessionRelay relay, TerminalEventLog log)
{
    public PairedReader Reader { get; } = reader;

    /// <summary>The last connection problem (code and message), or null while the link is up.</summary>
    public (string Code, string Message)? LastProblem { get; private set; }

    public bool IsUp { get; private set; }

    public async Task RunAsync(CancellationToken stopping)
    {
        var backoff = new LinkBackoff();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var request = await connection.NextAsync(stopping).ConfigureAwait(false);
                MarkUp();
                backoff.Reset();
                if (request is null) continue;
                var reply = await ServeAsync(request, stopping).ConfigureAwait(false);
                await connection.ReplyAsync(reply, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is HttpRequestException or UnauthorizedAccessException or IOException or OperationCanceledException)
            {
                MarkDown(LinkDiagnostics.Describe(e, connection.Address));
                if (!await backoff.WaitAsync(stopping).ConfigureAwait(false)) break;
            }
            catch (Exception)
            {
                // an unreadable message (JSON the contract cannot hold, a value its types refuse) is logged and the link
                // goes on, after a pause, so a reader that only sends garbage cannot keep the terminal busy
                log.Write(TerminalEvent.RequestRefused, Reader.ReaderId, LinkErrorCodes.MalformedMessage);
                if (!await backoff.WaitAsync(stopping).ConfigureAwait(false)) break;
            }
        }
        IsUp = false;
    }

    /// <summary>The relay's reply; T206 for a message it failed on, which the shape check should have refused.</summary>
    private async Task<LinkReply> ServeAsync(LinkRequest request, CancellationToken stopping)
    {
        try
        {
            return await relay.HandleAsync(Reader, request, stopping).ConfigureAwait(false);
        }
        catch (Exception) when (!stopping.IsCancellationRequested)
        {
            log.Write(TerminalEvent.RequestRefused, Reader.ReaderId, LinkErrorCodes.MalformedMessage);
            return new LinkReply(LinkRequestShape.IsId(request.MessageId) ? request.MessageId : "", LinkRequestShape.IsId(request.SessionId) ? request.SessionId : "")
            {
                Error = new LinkError(LinkErrorCodes.MalformedMessage, "The terminal could not serve the reader's message."),
            };
        }
    }

    private void MarkUp()
    {
        if (IsUp) return;
        IsUp = true;
        LastProblem = null;
        log.Write(TerminalEvent.LinkUp, Reader.ReaderId);
    }

    private void MarkDown((string Code, string Message) problem)
    {
        bool changed = IsUp || LastProblem?.Code != problem.Code;
        IsUp = false;
        LastProblem = problem;
        if (changed) log.Write(TerminalEvent.LinkDown, Reader.ReaderId, problem.Code);
    }
}
