using MynaGate.Card.Transport;

namespace MynaGate.Card.Virtual.Engine;

/// <summary>The virtual card connected directly, without PC/SC: for unit tests and in-process use.</summary>
public sealed class VirtualCardTransport : ICardTransport
{
    private readonly IVirtualCard _card;

    /// <summary>Connecting powers the card on, as inserting it into a reader does.</summary>
    public VirtualCardTransport(IVirtualCard card)
    {
        _card = card;
        card.PowerOn();
    }

    public byte[] Transmit(ReadOnlySpan<byte> command) => _card.Process(command);
}
