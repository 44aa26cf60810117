using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MynaGate.Storage;

namespace MynaGate.Certificates.Xml;

/// <summary>
/// The certificate XML for the terminal and the receipt computer (docs/ocr-xml.md): the 照会番号 and insurance data
/// obtained before, the form, each field read with its confidence, confirmation and check-digit result, and the fields
/// not read. Written atomically beside the face-result XML.
/// </summary>
public static partial class CertificateXml
{
    public const string FilePrefix = "MynaGateCert01res_";
    public const string SchemaVersion = "1";

    public static XDocument Build(CertificateXmlHeader header, QualificationSummary? qualification, CertificateReading reading)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(reading);
        Validate(header);
        if (reading.Form is not { } form)
        {
            throw new ArgumentException("The certificate's form was not recognised; there is nothing to write.", nameof(reading));
        }

        var body = new XElement("MessageBody");
        if (qualification is not null)
        {
            body.Add(new XElement("Qualification",
                new XElement("InsurerNumber", qualification.InsurerNumber),
                new XElement("InsuredCardSymbol", qualification.InsuredCardSymbol),
                new XElement("InsuredIdentificationNumber", qualification.InsuredIdentificationNumber),
                new XElement("InsuredBranchNumber", qualification.InsuredBranchNumber),
                new XElement("PersonalFamilyClassification", qualification.PersonalFamilyClassification)));
        }

        var certificate = new XElement("Certificate",
            new XElement("FormCode", CertificateForms.Code(form)),
            new XElement("ReadStatus", reading.Missing.Count == 0 ? "complete" : "partial"));
        foreach (var field in reading.Fields)
        {
            certificate.Add(new XElement("Field",
                new XElement("Name", field.Kind.ToString()),
                new XElement("Value", field.Value),
                new XElement("Confidence", field.Confidence.ToString("F1", CultureInfo.InvariantCulture)),
                new XElement("Confirmed", field.Confirmed ? "1" : "0"),
                new XElement("CheckDigit", CheckDigitText(field.Check))));
        }

        foreach (var kind in reading.Missing)
        {
            certificate.Add(new XElement("MissingField", kind.ToString()));
        }

        body.Add(certificate);
        return new XDocument(
            new XElement("MynaGateCertificateOcr", new XAttribute("version", SchemaVersion),
                new XElement("MessageHeader",
                    new XElement("ProcessExecutionTime", header.ProcessedAt.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)),
                    new XElement("CharacterCodeIdentifier", ((int)header.CharacterCode).ToString(CultureInfo.InvariantCulture)),
                    new XElement("MedicalInstitutionCode", header.MedicalInstitutionCode),
                    new XElement("ReferenceNumber", header.ReferenceNumber),
                    new XElement("ReaderId", header.ReaderId)),
                body));
    }

    /// <summary>"MynaGateCert01res_&lt;reader&gt;_&lt;yyyyMMddHHmmss&gt;.xml": no personal value is part of it.</summary>
    public static string FileName(CertificateXmlHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Validate(header);
        return $"{FilePrefix}{header.ReaderId}_{header.ProcessedAt.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}.xml";
    }

    /// <summary>Builds, encodes and atomically writes the XML into <paramref name="folder"/>; returns its path.</summary>
    public static string Write(string folder, CertificateXmlHeader header, QualificationSummary? qualification, CertificateReading reading)
    {
        var bytes = XmlDocumentEncoder.Encode(Build(header, qualification, reading), header.CharacterCode);
        string path = Path.Combine(folder, FileName(header));
        AtomicFileWriter.Write(path, bytes);
        return path;
    }

    /// <summary>A field's CheckDigit element: passed, failed or none.</summary>
    public static string CheckDigitText(CheckDigitResult check) => check switch
    {
        CheckDigitResult.Passed => "passed",
        CheckDigitResult.Failed => "failed",
        _ => "none",
    };

    private static void Validate(CertificateXmlHeader header)
    {
        if (!TenDigits().IsMatch(header.MedicalInstitutionCode))
        {
            throw new ArgumentException("MedicalInstitutionCode is 10 digits.", nameof(header));
        }

        if (!Identifier().IsMatch(header.ReaderId))
        {
            throw new ArgumentException("ReaderId is 1–32 letters, digits or '-'.", nameof(header));
        }

        if (!Identifier().IsMatch(header.ReferenceNumber))
        {
            throw new ArgumentException("ReferenceNumber (照会番号) is 1–32 letters, digits or '-'.", nameof(header));
        }
    }

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex TenDigits();

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex Identifier();
}
