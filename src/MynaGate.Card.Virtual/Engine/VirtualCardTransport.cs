using MynaGate.Card.Transport;

namespace MynaGate.Card.Virtual.Engine;

/// <summary>The virtual card connected directly, without PC/SC: for unit tests and in-process use.</summary>
public sealed class VirtualCardTransport : ICardTransport
{
    private readonly VirtualMyNumberCard _card;

    public VirtualCardTransport(VirtualMyNumberCard card)
    {
        _card = card;
        if (!card.IsPowered) card.PowerOn();
    }

    public byte[] Transmit(ReadOnlySpan<byte> command) => _card.Process(command);
}
