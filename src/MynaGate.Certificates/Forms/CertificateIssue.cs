namespace MynaGate.Certificates;

/// <summary>Why a certificate was not read in full. Texts for people are in the OCR's CertificateIssueText.</summary>
public enum CertificateIssue
{
    None,
    NoDocument,
    DocumentNotWhole,

    /// <summary>No title naming a known form was found (and no form was given).</summary>
    UnknownForm,

    /// <summary>Some fields of the form were not found or did not parse; the others are returned.</summary>
    FieldsMissing,
}
