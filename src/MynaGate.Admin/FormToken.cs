namespace MynaGate.Admin;

/// <summary>The antiforgery field every console form carries (its name and this session's value).</summary>
public sealed record FormToken(string FieldName, string Value);
