using MynaGate.Certificates;

namespace MynaGate.Ocr.Certificates;

/// <summary>What each issue means to the patient, the staff or a support call (no personal data).</summary>
public static class CertificateIssueText
{
    public static string Describe(CertificateIssue issue) => issue switch
    {
        CertificateIssue.None => "read",
        CertificateIssue.NoDocument => "no certificate in view",
        CertificateIssue.DocumentNotWhole => "the certificate is not wholly in view",
        CertificateIssue.UnknownForm => "the form was not recognised",
        CertificateIssue.FieldsMissing => "some fields were not read; staff should enter them",
        _ => issue.ToString(),
    };
}
