namespace MynaGate.Onshi.Contract;

/// <summary>A refusal: a code from <see cref="MynaGate.Link.Messages.LinkErrorCodes"/> and a message without personal data.</summary>
public sealed record OnshiError(string Code, string Message);
