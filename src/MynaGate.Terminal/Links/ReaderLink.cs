using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Relay;

namespace MynaGate.Terminal.Links;

/// <summary>
/// The terminal's side of one paired reader: polls it for requests, hands each to the relay and posts the reply.
/// A lost connection is logged with its diagnostic once and retried with back-off until the terminal stops.
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
                var reply = await relay.HandleAsync(Reader, request, stopping).ConfigureAwait(false);
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
            catch (System.Text.Json.JsonException)
            {
                // one unreadable message is logged and the link goes on (after a pause, so a reader that only sends
                // garbage cannot keep the terminal busy)
                log.Write(TerminalEvent.RequestRefused, Reader.ReaderId, Link.Messages.LinkErrorCodes.MalformedMessage);
                if (!await backoff.WaitAsync(stopping).ConfigureAwait(false)) break;
            }
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
