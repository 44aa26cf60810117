using MynaGate.Card.Transport;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Reader.Cards;

namespace MynaGate.Reader.Tests.Flow.Fakes;

/// <summary>
/// A card slot in process: a test places a virtual card (its APDUs answered in memory, as vpcd would carry them) and
/// takes it away. Placing wakes the flow's wait; taking away fires the placed card's removal, as PC/SC reports it.
/// </summary>
internal sealed class InProcessCardSlot : ICardSlot, IDisposable
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<PlacedCard> _placed = NewPlaced();
    private TaskCompletionSource _emptied = NewEmptied();
    private CancellationTokenSource? _removed;
    private bool _present;

    /// <summary>How many placed cards the flow has released (each must be, whatever the ending).</summary>
    public int Released { get; private set; }

    /// <summary>Answers <see cref="IsCardMute"/> (two cards in the field at once).</summary>
    public bool Mute { get; set; }

    public void Place(VirtualMyNumberCard card)
    {
        card.PowerOn();
        Place(new VirtualCardTransport(card), card.PowerOff);
    }

    /// <summary>Places a card that answers through <paramref name="transport"/> (one that is not a My Number Card).</summary>
    public void Place(ICardTransport transport, Action? powerOff = null)
    {
        lock (_gate)
        {
            if (_present) throw new InvalidOperationException("A card is already in the slot.");
            _present = true;
            _removed = new CancellationTokenSource();
            _emptied = NewEmptied();
            _placed.TrySetResult(new PlacedCard(transport, () =>
            {
                powerOff?.Invoke();
                Released++;
            }, () => false, _removed.Token));
        }
    }

    public void Remove()
    {
        CancellationTokenSource? removed;
        lock (_gate)
        {
            if (!_present) return;
            _present = false;
            _placed = NewPlaced();
            removed = _removed;
            _removed = null;
            _emptied.TrySetResult();
        }
        removed?.Cancel();
        removed?.Dispose();
    }

    public Task<PlacedCard> WaitForCardAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return _placed.Task.WaitAsync(cancellationToken);
    }

    public bool IsCardPresent()
    {
        lock (_gate) return _present;
    }

    public bool IsCardMute() => Mute;

    public Task WaitForRemovalAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return _present ? _emptied.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Takes away whatever card is still there.</summary>
    public void Dispose() => Remove();

    private static TaskCompletionSource<PlacedCard> NewPlaced() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static TaskCompletionSource NewEmptied() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
