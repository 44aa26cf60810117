namespace MynaGate.Card.Pcsc;

public enum ReaderEventKind
{
    ReaderAdded,
    ReaderRemoved,
    CardInserted,
    CardRemoved,
}

/// <summary>A change seen by <see cref="CardPresenceMonitor"/>. <see cref="Atr"/> is set for <see cref="ReaderEventKind.CardInserted"/>.</summary>
public sealed record ReaderEvent(ReaderEventKind Kind, string ReaderName, byte[] Atr)
{
    public override string ToString() => Kind == ReaderEventKind.CardInserted
        ? $"{Kind} {ReaderName} ATR {Convert.ToHexString(Atr)}"
        : $"{Kind} {ReaderName}";
}
