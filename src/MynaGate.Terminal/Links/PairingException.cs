namespace MynaGate.Terminal.Links;

/// <summary>Pairing failed: the code was wrong or spent, the licence is full, or the reader could not be reached.</summary>
public sealed class PairingException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public const string CodeRejected = "P101";
    public const string ReaderProofInvalid = "P102";
    public const string LicenceExceeded = "P103";
    public const string NotReachable = "P104";

    public string Code { get; } = code;
}
