namespace MynaGate.Link.Errors;

/// <summary>A staff- or support-facing sentence in Japanese (the clinic's language) and English (vendors, support).</summary>
public sealed record Bilingual(string Ja, string En);
