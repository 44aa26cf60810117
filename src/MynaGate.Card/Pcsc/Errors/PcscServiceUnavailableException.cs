namespace MynaGate.Card.Pcsc;

/// <summary>The PC/SC service (pcscd) is not running or not reachable.</summary>
public class PcscServiceUnavailableException : PcscException
{
    public PcscServiceUnavailableException(PcscResult result, string operation) : base(result, operation) { }
    public PcscServiceUnavailableException() { }
    public PcscServiceUnavailableException(string message) : base(message) { }
    public PcscServiceUnavailableException(string message, Exception inner) : base(message, inner) { }
}
