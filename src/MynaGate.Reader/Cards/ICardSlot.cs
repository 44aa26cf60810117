namespace MynaGate.Reader.Cards;

/// <summary>Where the patient places the card: any PC/SC reader (the virtual card comes through vpcd).</summary>
public interface ICardSlot
{
    /// <summary>Waits for a card and connects to it.</summary>
    Task<PlacedCard> WaitForCardAsync(CancellationToken cancellationToken);

    /// <summary>Whether a card is in the slot now, found without connecting to it (a second token beside the first, R37).</summary>
    bool IsCardPresent();

    /// <summary>
    /// Whether the slot holds a card that does not answer (PC/SC's mute state): what a contactless reader reports when
    /// two cards lie in its field at once and neither wins, or a card is damaged (R37).
    /// </summary>
    bool IsCardMute();

    /// <summary>Waits until the slot is empty (the patient took the card).</summary>
    Task WaitForRemovalAsync(CancellationToken cancellationToken);
}
