namespace MynaGate.Onshi.Contract;

/// <summary>One consent answer and when the patient gave it.</summary>
public sealed record ConsentAnswer(ConsentItem Item, bool Agreed, DateTimeOffset AnsweredAt);
