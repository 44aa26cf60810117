using System.Globalization;
using MynaGate.Link.Messages;
using MynaGate.Certificates;
using MynaGate.Certificates.Xml;
using MynaGate.Onshi.Contract;

namespace MynaGate.Terminal.Results;

/// <summary>
/// Writes the certificate XML of 公費 paper mode (docs/ocr-xml.md) into its own folder, never the Face folder: the certificate the
/// patient confirmed, with the 照会番号 and insurance data the national service returned for that session (R18).
/// What a reader sends is checked against the form before anything is written; check digits are computed here.
/// </summary>
public sealed class CertificateResultWriter(string folder, XmlCharacterCode characterCode, string medicalInstitutionCode)
{
    /// <summary>Longest value a certificate field can hold (a municipality's name is the longest).</summary>
    public const int MaxValueLength = 64;

    /// <summary>Writes the XML and returns its file name; null when the certificate does not fit its form.</summary>
    /// <exception cref="IOException">The folder is not writable, or a certificate of this reader was written in the same second.</exception>
    public string? Write(string readerId, QualificationResponse qualification, PaperCertificate certificate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(qualification);
        ArgumentNullException.ThrowIfNull(certificate);
        if (ToReading(certificate) is not { } reading) return null;
        var header = new CertificateXmlHeader(now.ToOffset(TimeSpan.FromHours(9)).DateTime, medicalInstitutionCode,
            qualification.ReferenceNumber, readerId, characterCode);
        return Path.GetFileName(CertificateXml.Write(folder, header, Summary(qualification), reading));
    }

    // the reader's message, checked: a known form, each field once, only the form's fields, bounded plain values
    private static CertificateReading? ToReading(PaperCertificate certificate)
    {
        if (CertificateForms.FromCode(certificate.FormCode) is not { } form) return null;
        var allowed = CertificateForms.Fields(form);
        var fields = new List<CertificateField>();
        foreach (var field in certificate.Fields)
        {
            if (!Enum.TryParse<CertificateFieldKind>(field.Name, out var kind) || !Enum.IsDefined(kind) || !allowed.Contains(kind)
                || fields.Any(f => f.Kind == kind) || !IsPlainValue(field.Value) || field.Confidence is < 0 or > 100 || float.IsNaN(field.Confidence))
                return null;
            fields.Add(new CertificateField(kind, field.Value, field.Confidence, field.Confirmed, CertificateText.Check(kind, field.Value)));
        }
        var missing = allowed.Where(k => fields.All(f => f.Kind != k)).ToArray();
        if (!certificate.Missing.Order().SequenceEqual(missing.Select(m => m.ToString()).Order())) return null;
        return new CertificateReading(form, fields, missing, missing.Length == 0 ? CertificateIssue.None : CertificateIssue.FieldsMissing);
    }

    private static bool IsPlainValue(string value) =>
        value.Length is > 0 and <= MaxValueLength && !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    // the first qualification is the one the face-result XML leads with
    private static QualificationSummary? Summary(QualificationResponse qualification) =>
        qualification.Qualifications is [var q, ..]
            ? new QualificationSummary(q.InsurerNumber, q.Symbol ?? "", q.Number, q.Branch, q.PersonalFamily.ToString(CultureInfo.InvariantCulture))
            : null;
}
