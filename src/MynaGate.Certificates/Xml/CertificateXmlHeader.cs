namespace MynaGate.Certificates.Xml;

/// <summary>Who wrote a certificate XML, when, and for which qualification request.</summary>
/// <param name="ReferenceNumber">照会番号 of the qualification confirmation this certificate belongs to.</param>
/// <param name="ReaderId">The reader's identifier: letters, digits and '-', at most 32 (it is part of the file name).</param>
public sealed record CertificateXmlHeader(
    DateTime ProcessedAt, string MedicalInstitutionCode, string ReferenceNumber, string ReaderId, XmlCharacterCode CharacterCode);
