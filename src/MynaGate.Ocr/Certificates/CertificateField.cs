using System.Globalization;

namespace MynaGate.Ocr.Certificates;

/// <summary>
/// One field read from a certificate. <see cref="Value"/> is canonical: digits for numbers, "yyyyMMdd" for dates
/// (the result XML's date form), the text without spaces for names and places. Personal data: memory only.
/// </summary>
/// <param name="Confidence">Lowest character confidence of the read, 0–100.</param>
/// <param name="Confirmed">Whether a second, independently trained model read the same value.</param>
public sealed record CertificateField(CertificateFieldKind Kind, string Value, float Confidence, bool Confirmed, CheckDigitResult Check)
{
    /// <summary>The date of a date field; null for other kinds.</summary>
    public DateOnly? Date =>
        DateOnly.TryParseExact(Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && IsDate(Kind) ? date : null;

    public static bool IsDate(CertificateFieldKind kind) =>
        kind is CertificateFieldKind.BirthDate or CertificateFieldKind.ValidFrom or CertificateFieldKind.ValidUntil;

    public override string ToString() => $"CertificateField {Kind} [redacted]";
}
