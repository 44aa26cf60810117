namespace MynaGate.Terminal.Reception;

/// <summary>A reception request the desk cannot take, with the reason's code for the API.</summary>
public sealed class ReceptionException(string code, string message) : Exception(message)
{
    public const string UnknownReader = "unknown-reader";
    public const string ReaderBusy = "reader-busy";
    public const string BadReference = "bad-reference";
    public const string UnknownVerification = "unknown-verification";
    public const string AlreadyEnded = "already-ended";

    public string Code { get; } = code;
}
