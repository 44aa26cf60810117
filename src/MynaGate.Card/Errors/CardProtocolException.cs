namespace MynaGate.Card;

/// <summary>
/// The card (or something pretending to be one) sent bytes that do not follow the protocol or the file format:
/// a response without status word, a TLV length past the end, a truncated certificate. Never carries card data.
/// </summary>
public class CardProtocolException : Exception
{
    public CardProtocolException() { }
    public CardProtocolException(string message) : base(message) { }
    public CardProtocolException(string message, Exception inner) : base(message, inner) { }
}
