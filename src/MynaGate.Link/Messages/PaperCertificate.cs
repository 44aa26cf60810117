namespace MynaGate.Link.Messages;

/// <summary>
/// A paper certificate the patient placed and confirmed (公費 paper mode, R17–R19), as the reader's OCR read it. The
/// names and codes are those of the certificate XML (docs/ocr-xml.md), so the link needs no OCR types. Personal data:
/// it travels only inside the paired TLS link and is written only into the certificate XML.
/// </summary>
/// <param name="FormCode">The form's code in the certificate XML (e.g. "kodomo").</param>
/// <param name="Missing">Names of the form's fields that were not read.</param>
public sealed record PaperCertificate(string FormCode, IReadOnlyList<PaperCertificateField> Fields, IReadOnlyList<string> Missing)
{
    public override string ToString() => $"PaperCertificate {FormCode} {Fields.Count} fields [values redacted]";
}

/// <param name="Name">The field's name in the certificate XML (e.g. "RecipientNumber").</param>
/// <param name="Confirmed">Whether a second OCR model read the same value. Check digits are the terminal's to compute.</param>
public sealed record PaperCertificateField(string Name, string Value, float Confidence, bool Confirmed)
{
    public override string ToString() => $"PaperCertificateField {Name} [redacted]";
}
