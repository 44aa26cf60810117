namespace MynaGate.Card.Pcsc;

/// <summary>The card was removed or lost power while in use.</summary>
public class CardRemovedException : PcscException
{
    public CardRemovedException(PcscResult result, string operation) : base(result, operation) { }
    public CardRemovedException() { }
    public CardRemovedException(string message) : base(message) { }
    public CardRemovedException(string message, Exception inner) : base(message, inner) { }
}
