namespace MynaGate.Terminal.Relay;

/// <summary>The national service could not be asked, or refused; <see cref="Code"/> is a <see cref="MynaGate.Link.Messages.LinkErrorCodes"/> code.</summary>
public sealed class NationalServiceException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
