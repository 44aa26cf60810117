namespace MynaGate.Certificates;

/// <summary>What was read from one certificate image: the form, each field found, and the fields not found.</summary>
public sealed record CertificateReading(CertificateForm? Form, IReadOnlyList<CertificateField> Fields, IReadOnlyList<CertificateFieldKind> Missing, CertificateIssue Issue)
{
    public static CertificateReading Failed(CertificateIssue issue) => new(null, [], [], issue);

    /// <summary>The field of <paramref name="kind"/>, or null when it was not read.</summary>
    public CertificateField? this[CertificateFieldKind kind] => Fields.FirstOrDefault(f => f.Kind == kind);

    public override string ToString() => $"CertificateReading {Form} {Fields.Count} fields, {Issue} [values redacted]";
}
