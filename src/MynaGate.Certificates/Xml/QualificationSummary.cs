namespace MynaGate.Certificates.Xml;

/// <summary>
/// The insurance data the national service returned for this patient before the certificate was read (the 照会番号's
/// result), carried in the certificate XML so the receipt computer can file the certificate with it. Element names
/// are those of the result XML (spec §3.3).
/// </summary>
public sealed record QualificationSummary(
    string InsurerNumber, string InsuredCardSymbol, string InsuredIdentificationNumber, string InsuredBranchNumber, string PersonalFamilyClassification)
{
    public override string ToString() => "QualificationSummary [redacted]";
}
