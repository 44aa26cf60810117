using MynaGate.Card.Apdu;

namespace MynaGate.Card;

/// <summary>The card refused a command with an error status word.</summary>
public class CardStatusException : Exception
{
    public CardStatusException(string operation, StatusWord statusWord)
        : base($"{operation} failed: SW {statusWord}")
    {
        Operation = operation;
        StatusWord = statusWord;
        Kind = CardErrorKinds.From(statusWord);
    }

    public CardStatusException() : this("command", default(StatusWord)) { }
    public CardStatusException(string message) : base(message) { Operation = ""; }
    public CardStatusException(string message, Exception inner) : base(message, inner) { Operation = ""; }

    public string Operation { get; }
    public StatusWord StatusWord { get; }
    public CardErrorKind Kind { get; }
}
