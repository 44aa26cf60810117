using MynaGate.Link.Messages;

namespace MynaGate.Reader.Link;

/// <summary>
/// How the flow talks to its paired terminal: a request it waits on, or a notice it does not. The link server's
/// <see cref="TerminalChannel"/> carries them over the network; flow tests answer them in process.
/// </summary>
public interface ITerminalChannel
{
    /// <summary>Sends <paramref name="request"/> and waits for the terminal's reply.</summary>
    /// <exception cref="TimeoutException">No reply came within <paramref name="timeout"/>.</exception>
    Task<LinkReply> RequestAsync(LinkRequest request, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Tells the terminal without waiting (an abandoned session, a session's report).</summary>
    void Notify(LinkRequest request);
}
