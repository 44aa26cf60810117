namespace MynaGate.Card.Transport;

/// <summary>
/// Moves raw APDU bytes to a card and back, status word included, without interpreting them. Implemented by a PC/SC
/// connection, by the in-process virtual card, and by scripted transports in tests.
/// </summary>
public interface ICardTransport
{
    /// <summary>Sends one command APDU and returns the raw response (data followed by SW1 SW2).</summary>
    byte[] Transmit(ReadOnlySpan<byte> command);
}
