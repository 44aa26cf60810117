namespace MynaGate.Card.Virtual.Engine;

/// <summary>What a card slot needs from a card: power and APDUs. Tests wrap it to misbehave on purpose.</summary>
public interface IVirtualCard
{
    /// <summary>The answer to reset, without resetting.</summary>
    byte[] Atr { get; }

    byte[] PowerOn();
    void PowerOff();
    byte[] Process(ReadOnlySpan<byte> apdu);
}
