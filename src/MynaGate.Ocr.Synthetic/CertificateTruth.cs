using MynaGate.Certificates;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// A generated certificate's content: each field's canonical value (as <see cref="CertificateField.Value"/> gives
/// it), the name as printed (with its full-width space), and the texts printed only to distract a reader (another
/// date, the insurer's name).
/// </summary>
public sealed record CertificateTruth(
    CertificateForm Form,
    IReadOnlyDictionary<CertificateFieldKind, string> Values,
    string PrintedName,
    DateOnly OtherDate,
    string InsurerName)
{
    public override string ToString() => $"CertificateTruth {Form} [redacted]";
}
