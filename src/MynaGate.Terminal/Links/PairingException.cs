namespace MynaGate.Terminal.Links;

/// <summary>
/// Pairing failed: the code was wrong, spent or mistyped, the device at the address could not prove it showed the
/// code, the licence is full, the reader is paired elsewhere or refuses attempts for a while, or it could not be reached.
/// </summary>
public sealed class PairingException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public const string CodeRejected = "P101";
    public const string ReaderProofInvalid = "P102";
    public const string LicenceExceeded = "P103";
    public const string NotReachable = "P104";
    public const string ReaderAlreadyPaired = "P105";
    public const string TooManyAttempts = "P106";
    public const string CodeMalformed = "P107";
    public const string ReaderNameMalformed = "P108";
    public const string ReaderIdTaken = "P109";

    public string Code { get; } = code;
}
