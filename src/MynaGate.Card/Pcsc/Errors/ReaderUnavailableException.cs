namespace MynaGate.Card.Pcsc;

/// <summary>The reader is gone or unknown.</summary>
public class ReaderUnavailableException : PcscException
{
    public ReaderUnavailableException(PcscResult result, string operation) : base(result, operation) { }
    public ReaderUnavailableException() { }
    public ReaderUnavailableException(string message) : base(message) { }
    public ReaderUnavailableException(string message, Exception inner) : base(message, inner) { }
}
