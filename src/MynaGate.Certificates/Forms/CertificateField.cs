namespace MynaGate.Certificates;

/// <summary>
/// One field read from a certificate. <see cref="Value"/> is canonical: digits for numbers, "yyyyMMdd" for dates
/// (the result XML's date form), the text without spaces for names and places. Personal data: memory only.
/// </summary>
/// <param name="Confidence">Lowest character confidence of the read, 0–100.</param>
/// <param name="Confirmed">Whether a second, independently trained model read the same value.</param>
public sealed record CertificateField(CertificateFieldKind Kind, string Value, float Confidence, bool Confirmed, CheckDigitResult Check)
{
    public override string ToString() => $"CertificateField {Kind} [redacted]";
}
