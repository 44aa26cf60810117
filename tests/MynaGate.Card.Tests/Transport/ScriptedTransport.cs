using MynaGate.Card.Transport;

namespace MynaGate.Card.Tests.Transport;

/// <summary>Answers from a script, in order, and records every command sent: for byte-exact protocol tests.</summary>
public sealed class ScriptedTransport(params string[] responses) : ICardTransport
{
    private readonly Queue<string> _responses = new(responses);

    public List<string> Sent { get; } = [];

    public byte[] Transmit(ReadOnlySpan<byte> command)
    {
        Sent.Add(Convert.ToHexString(command));
        if (_responses.Count == 0) throw new InvalidOperationException($"Unscripted command {Sent[^1]}.");
        return Convert.FromHexString(_responses.Dequeue());
    }
}
