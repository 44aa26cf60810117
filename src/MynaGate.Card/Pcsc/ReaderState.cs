namespace MynaGate.Card.Pcsc;

/// <summary>One reader's state as PC/SC reports it, for <see cref="PcscContext.GetStatusChange"/>.</summary>
public sealed class ReaderState
{
    public ReaderState(string readerName, ReaderStatus currentState = ReaderStatus.Unaware)
    {
        ReaderName = readerName;
        CurrentState = currentState;
    }

    public string ReaderName { get; }

    /// <summary>What the caller believes; GetStatusChange returns when the reader differs from it.</summary>
    public ReaderStatus CurrentState { get; set; }

    public ReaderStatus EventState { get; private set; }

    public byte[] Atr { get; private set; } = [];

    public bool IsCardPresent => (EventState & ReaderStatus.Present) != 0 && (EventState & ReaderStatus.Mute) == 0;

    /// <summary>A card is in the reader but does not answer (two cards in a contactless field at once, a damaged card).</summary>
    public bool IsCardMute => (EventState & ReaderStatus.Present) != 0 && (EventState & ReaderStatus.Mute) != 0;

    public bool IsChanged => (EventState & ReaderStatus.Changed) != 0;

    /// <summary>pcsc-lite's count of card events on the reader (the high word of the state): it moves on a swap too.</summary>
    public int EventCount => CountOf(EventState);

    /// <summary>The event count the caller last acknowledged.</summary>
    public int AcknowledgedEventCount => CountOf(CurrentState);

    private static int CountOf(ReaderStatus status) => (int)((uint)status >> 16);

    /// <summary>Takes the reported state as the new belief, so the next wait returns only on a further change.</summary>
    public void Acknowledge() => CurrentState = EventState & ~ReaderStatus.Changed;

    internal void Update(ReaderStatus eventState, byte[] atr)
    {
        EventState = eventState;
        Atr = atr;
    }
}
