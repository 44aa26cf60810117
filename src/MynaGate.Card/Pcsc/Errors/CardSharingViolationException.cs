namespace MynaGate.Card.Pcsc;

/// <summary>Another program holds the card.</summary>
public class CardSharingViolationException : PcscException
{
    public CardSharingViolationException(PcscResult result, string operation) : base(result, operation) { }
    public CardSharingViolationException() { }
    public CardSharingViolationException(string message) : base(message) { }
    public CardSharingViolationException(string message, Exception inner) : base(message, inner) { }
}
