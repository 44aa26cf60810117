namespace MynaGate.Onshi.Contract;

/// <summary>A refusal: a code of the error catalogue (docs/error-codes.md; the national side's are Q…) and a message without personal data.</summary>
public sealed record OnshiError(string Code, string Message);
