namespace MynaGate.Card;

/// <summary>The card on the reader does not answer the My Number Card applications.</summary>
public class NotMyNumberCardException : Exception
{
    public NotMyNumberCardException() : base("Not a My Number Card.") { }
    public NotMyNumberCardException(string message) : base($"Not a My Number Card: {message}") { }
    public NotMyNumberCardException(string message, Exception inner) : base(message, inner) { }
}
