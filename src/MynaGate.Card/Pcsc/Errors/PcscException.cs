namespace MynaGate.Card.Pcsc;

/// <summary>A PC/SC call failed; <see cref="Result"/> is the native code.</summary>
public class PcscException : Exception
{
    public PcscException(PcscResult result, string operation)
        : base($"{operation}: {PcscErrors.Describe(result)} (0x{(uint)result:X8})")
    {
        Result = result;
    }

    public PcscException() { }
    public PcscException(string message) : base(message) { }
    public PcscException(string message, Exception inner) : base(message, inner) { }

    public PcscResult Result { get; }
}
