namespace MynaGate.Link.Pairing;

/// <summary>A pairing message was malformed, out of order or did not verify; the attempt is over.</summary>
public sealed class PairingRefusedException : Exception
{
    public PairingRefusedException() { }
    public PairingRefusedException(string message) : base(message) { }
    public PairingRefusedException(string message, Exception inner) : base(message, inner) { }
}
