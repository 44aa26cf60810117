using MynaGate.Card.Transport;

namespace MynaGate.Reader.Cards;

/// <summary>
/// A card on the reader, connected exclusively. <see cref="Removed"/> fires when it leaves the slot, or when the slot
/// can no longer tell (<see cref="SlotFailed"/>: pcscd stopped, the reader unplugged): a card the reader cannot watch
/// is treated as gone.
/// </summary>
public sealed class PlacedCard(ICardTransport transport, Action release, Func<bool> slotFailed, CancellationToken removed) : IDisposable
{
    public ICardTransport Transport { get; } = transport;

    public CancellationToken Removed { get; } = removed;

    /// <summary>Whether <see cref="Removed"/> fired because the slot failed rather than because the card was taken.</summary>
    public bool SlotFailed => slotFailed();

    /// <summary>Disconnects, resetting the card so no verified PIN outlives the session (a failed slot has reset it already); never throws.</summary>
    public void Dispose() => release();
}
