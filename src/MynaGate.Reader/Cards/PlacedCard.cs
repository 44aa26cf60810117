using MynaGate.Card.Transport;

namespace MynaGate.Reader.Cards;

/// <summary>A card on the reader, connected exclusively. <see cref="Removed"/> fires when it leaves the slot.</summary>
public sealed class PlacedCard(ICardTransport transport, Action release, CancellationToken removed) : IDisposable
{
    public ICardTransport Transport { get; } = transport;

    public CancellationToken Removed { get; } = removed;

    /// <summary>Disconnects, resetting the card so no verified PIN outlives the session.</summary>
    public void Dispose() => release();
}
