namespace MynaGate.Onshi.Proofs;

/// <summary>The national service refuses the request; <see cref="Code"/> is one of <see cref="MynaGate.Link.Messages.LinkErrorCodes"/>.</summary>
public sealed class OnshiRefusalException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
