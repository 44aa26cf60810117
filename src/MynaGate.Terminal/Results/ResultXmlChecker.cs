using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MynaGate.Certificates.CheckDigits;

namespace MynaGate.Terminal.Results;

/// <summary>
/// Checks a 資格確認 result XML — ours or another vendor's — against the element dictionary (spec §3.2–§3.4):
/// required elements, codes, date and time formats, consent flags and their times, check digits (warnings, since
/// some numbers in use fail them). Elements are found by name in any order; unknown elements are tolerated, known
/// misspellings are not.
/// </summary>
public static class ResultXmlChecker
{
    private static readonly string[] ConsentItems =
    [
        "SpecificHealthCheckupsInfo", "PharmacistsInfo", "DiagnosisInfo", "OperationInfo", "SpecificDiseasesCertificateRelated",
        "DiagnosisName", "InfectiousInfo", "AllergyInfo", "ContraindicationInfo", "TestInfo", "PrescriptionInfo",
    ];

    // names seen in the wild that a receipt computer will not find (spec §3.3)
    private static readonly Dictionary<string, string> Misspellings = new(StringComparer.Ordinal)
    {
        ["PharmaceuticalInfoConsFlg"] = "PharmacistsInfoConsFlg",
        ["PharmaceuticalInfoConsTime"] = "PharmacistsInfoConsTime",
        ["PharmaceuticalInfoAvailableTime"] = "PharmacistsInfoAvailableTime",
        ["PharmacistsInfoAcquisitionTime"] = "PharmacistsInfoAvailableTime",
        ["DiagnosisInfoConsTim"] = "DiagnosisInfoConsTime",
    };

    // the certificate groups whose children all carry a prefix; a child without it is not read (MynaGate before
    // 2026-12-06 wrote ContributionRatio and DiseaseCategory there)
    private static readonly (string Group, string Prefix)[] PrefixedGroups =
    [
        ("ElderlyRecipientCertificateInfo", "ElderlyRecipient"),
        ("LimitApplicationCertificateRelatedInfo", "LimitApplicationCertificate"),
        ("SpecificDiseasesCertificateInfo", "SpecificDiseases"),
    ];

    private static readonly string[] CardClassifications = ["01", "02", "03", "04", "05", "06", "07", "A1"];

    private static readonly string[] Dates =
        ["QualificationDate", "DisqualificationDate", "InsuredCertificateIssuanceDate", "InsuredCardValidDate", "InsuredCardExpirationDate"];

    /// <summary>Reads <paramref name="xml"/> (UTF-8 or Shift_JIS, as its declaration says) and checks it.</summary>
    public static IReadOnlyList<ResultXmlFinding> Check(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        XDocument document;
        try
        {
            using var stream = new MemoryStream(xml);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [new("-", $"not well-formed XML (line {e.LineNumber}): {e.Message}")];
        }
        return Check(document);
    }

    public static IReadOnlyList<ResultXmlFinding> Check(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = new List<ResultXmlFinding>();
        var root = document.Root!;
        if (root.Name.LocalName != "XmlMsg") findings.Add(new(root.Name.LocalName, "the root element is not XmlMsg"));
        foreach (var element in root.Descendants())
        {
            if (Misspellings.TryGetValue(element.Name.LocalName, out string? right))
                findings.Add(new(Path(element), $"misspelt element name: the dictionary's is {right}"));
        }

        foreach (var (group, prefix) in PrefixedGroups)
        {
            foreach (var child in root.Descendants(group).Elements().Where(c => !c.Name.LocalName.StartsWith(prefix, StringComparison.Ordinal)))
                findings.Add(new(Path(child), $"a receipt computer does not read this name: every element in {group} begins with {prefix} ({prefix}{child.Name.LocalName}?)"));
        }

        var header = root.Element("MessageHeader");
        string? segment = null;
        if (header is null) findings.Add(new("MessageHeader", "missing"));
        else
        {
            Required(header, "ProcessExecutionTime", IsTime, "not a date and time as YYYYMMDDHHmmss", findings);
            Optional(header, "QualificationConfirmationDate", IsDate, "not a date as YYYYMMDD", findings);
            Required(header, "MedicalInstitutionCode", v => v.Length == 10 && v.All(char.IsAsciiDigit), "not 10 digits", findings);
            if (Value(header, "MedicalInstitutionCode") is { Length: 10 } code && code.All(char.IsAsciiDigit) && !Modulus10W21.IsValid(code))
                findings.Add(new("MessageHeader/MedicalInstitutionCode", "check digit fails (modulus 10, weights 2-1)", IsWarning: true));
            Optional(header, "ReferenceClassification", v => v is "1" or "2", "not a code of 照会区分 (1, 2)", findings);
            segment = Required(header, "SegmentOfResult", v => v is "1" or "2" or "3" or "9", "not a code of 処理結果区分 (1, 2, 9)", findings);
            // a file that did not end normally says why (別紙6-1's code and its text)
            if (segment is not null and not "1") Required(header, "ErrorCode", v => v.Length > 0, "empty", findings);
            var characterCode = Required(header, "CharacterCodeIdentifier", v => v is "0" or "1", "not 0 (UTF-8) or 1 (Shift_JIS)", findings);
            string? declared = document.Declaration?.Encoding?.ToUpperInvariant();
            bool shiftJis = declared is "SHIFT_JIS" or "SHIFT-JIS" or "SJIS" or "CP932" or "WINDOWS-31J";
            if (characterCode is "0" or "1" && (characterCode == "1") != shiftJis)
                findings.Add(new("MessageHeader/CharacterCodeIdentifier", $"says {(characterCode == "1" ? "Shift_JIS" : "UTF-8")} but the file is declared {declared ?? "UTF-8"}"));
        }

        var body = root.Element("MessageBody");
        if (body is null) findings.Add(new("MessageBody", "missing"));
        else if (segment == "1")
        {
            Required(body, "ProcessingResultStatus", v => v is "1" or "2", "not a code of OQSCD004 (1, 2)", findings);
            Required(body, "QualificationValidity", v => v is "1" or "2" or "3" or "4" or "5" or "6", "not a code of OQSCD006 (1–6)", findings);
            Optional(body, "PrescriptionIssueSelect", v => v is "1" or "2", "not 1 (電子処方箋) or 2 (紙の処方箋)", findings);
            CheckMedicalSubsidies(body, findings);
            foreach (var result in body.Descendants("ResultOfQualificationConfirmation")) CheckQualification(result, findings);
        }
        // the schema adds what the checks above do not say: elements out of place, twice, or unknown, and closed codes
        var reported = findings.Select(f => f.Element).ToHashSet(StringComparer.Ordinal);
        findings.AddRange(ResultXmlSchema.Validate(document).Where(f => reported.Add(f.Element)));
        return findings;
    }

    // PMH's 受給者証 (R39): the numbers' own check digits, as for the insurer's; the form is ours (MedicalSubsidyXml)
    private static void CheckMedicalSubsidies(XElement body, List<ResultXmlFinding> findings)
    {
        var use = Optional(body, MedicalSubsidyXml.UseSelect, v => v is "1" or "2", "not 1 (利用する) or 2 (利用しない)", findings);
        var infos = body.Elements(MedicalSubsidyXml.List).Elements(MedicalSubsidyXml.Info).ToList();
        if (infos.Count > 0 && use != "1")
            findings.Add(new(MedicalSubsidyXml.List, $"受給者証 without {MedicalSubsidyXml.UseSelect} 1: the patient did not choose to use them"));
        foreach (var info in infos)
        {
            foreach (var (name, length) in new[] { (MedicalSubsidyXml.InsurerNumber, 8), (MedicalSubsidyXml.RecipientNumber, 7) })
            {
                var number = Required(info, name, v => v.Length == length && v.All(char.IsAsciiDigit), $"not {length} digits", findings);
                if (number is { Length: > 0 } && number.Length == length && number.All(char.IsAsciiDigit) && !Modulus10W21.IsValid(number))
                    findings.Add(new(Path(info.Element(name)!), "check digit fails (modulus 10, weights 2-1)", IsWarning: true));
            }
        }
    }

    private static void CheckQualification(XElement result, List<ResultXmlFinding> findings)
    {
        // the national side adds classes: one of today's shape but not known today is a warning
        string? card = Required(result, "InsuredCardClassification", v => v.Length == 2 && char.IsAsciiDigit(v[1]) && (char.IsAsciiDigit(v[0]) || char.IsAsciiLetterUpper(v[0])),
            "not a code of 被保険者証区分 (two characters: 01–07, A1)", findings);
        if (card is not null && !CardClassifications.Contains(card))
            findings.Add(new(Path(result.Element("InsuredCardClassification")!), "not a 被保険者証区分 known today (01–07, A1)", IsWarning: true));
        var insurer = Required(result, "InsurerNumber", v => InsurerDigits(v) is not null, "not 8 digits (or 6 for 国保, padded)", findings);
        if (insurer is not null && InsurerDigits(insurer) is { } digits && !Modulus10W21.IsValid(digits))
            findings.Add(new(Path(result.Element("InsurerNumber")!), "check digit fails (modulus 10, weights 2-1)", IsWarning: true));
        Required(result, "InsuredIdentificationNumber", v => v.Length > 0, "empty", findings);
        Optional(result, "InsuredBranchNumber", v => v.Length == 2 && v.All(char.IsAsciiDigit), "not 2 digits", findings);
        Required(result, "PersonalFamilyClassification", v => v is "1" or "2", "not 1 (本人) or 2 (家族)", findings);
        Optional(result, "Sex1", v => v is "1" or "2" or "3", "not 1, 2 or 3", findings);
        Optional(result, "Sex2", v => v is "1" or "2" or "3", "not 1, 2 or 3", findings);
        Required(result, "Birthdate", IsDate, "not a date as YYYYMMDD", findings);
        foreach (string name in Dates) Optional(result, name, IsDate, "not a date as YYYYMMDD", findings);
        Optional(result, "InsuredPartialContributionRatio", v => v.Length == 3 && v.All(char.IsAsciiDigit), "not 3 digits of percent", findings);
        Optional(result, "PreschoolClassification", v => v is "1" or "2", "not 1 or 2", findings);
        // some versions carry the prescription choice per result
        Optional(result, "PrescriptionIssueSelect", v => v is "1" or "2", "not 1 (電子処方箋) or 2 (紙の処方箋)", findings);

        if (result.Element("ElderlyRecipientCertificateInfo") is { } elderly)
            Optional(elderly, "ElderlyRecipientContributionRatio", v => v.Length == 3 && v.All(char.IsAsciiDigit), "not 3 digits of percent", findings);
        foreach (var disease in result.Descendants("SpecificDiseasesCertificateInfo"))
            Optional(disease, "SpecificDiseasesDiseaseCategory", v => v is "1" or "2" or "3", "not a code of OQSCD013 (1 人工透析, 2 血友病, 3 HIV)", findings);

        foreach (string item in ConsentItems) CheckConsent(result, item, ["0", "1", "2", "3"], findings);
        CheckConsent(result, "LimitApplicationCertificateRelated", ["0", "1"], findings);
    }

    // a flag that says 同意あり needs the time it was given; times must be times
    private static void CheckConsent(XElement result, string item, string[] codes, List<ResultXmlFinding> findings)
    {
        string? flag = Optional(result, item + "ConsFlg", codes.Contains, $"not a consent code ({string.Join(", ", codes)})", findings);
        string? time = Optional(result, item + "ConsTime", IsTime, "not a date and time as YYYYMMDDHHmmss", findings);
        Optional(result, item + "AvailableTime", IsTime, "not a date and time as YYYYMMDDHHmmss", findings);
        if (flag == "1" && time is null && result.Element(item + "ConsTime") is null)
            findings.Add(new($"{Path(result)}/{item}ConsTime", $"missing: {item}ConsFlg is 1 (同意あり) without the time of consent"));
    }

    private static string? Required(XElement parent, string name, Func<string, bool> valid, string problem, List<ResultXmlFinding> findings)
    {
        if (parent.Element(name) is null)
        {
            findings.Add(new($"{Path(parent)}/{name}", "missing"));
            return null;
        }
        return Optional(parent, name, valid, problem, findings);
    }

    private static string? Optional(XElement parent, string name, Func<string, bool> valid, string problem, List<ResultXmlFinding> findings)
    {
        if (parent.Element(name) is not { } element) return null;
        string value = element.Value.Trim();
        if (valid(value)) return value;
        findings.Add(new(Path(element), problem));
        return null;
    }

    private static string? Value(XElement parent, string name) => parent.Element(name)?.Value.Trim();

    // space- or zero-padded 6-digit 国保 numbers are accepted (spec §3.2); 法別番号 00 does not exist
    private static string? InsurerDigits(string value)
    {
        string trimmed = value.Trim();
        if (!trimmed.All(char.IsAsciiDigit)) return null;
        if (trimmed.Length == 8 && trimmed.StartsWith("00", StringComparison.Ordinal)) return trimmed[2..];
        return trimmed.Length is 6 or 8 ? trimmed : null;
    }

    private static bool IsDate(string value) =>
        value.Length == 8 && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsTime(string value) =>
        value.Length == 14 && DateTime.TryParseExact(value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>An element's path below the root ("MessageHeader/ErrorCode"), as findings name it.</summary>
    internal static string Path(XElement element) =>
        string.Join("/", element.AncestorsAndSelf().Reverse().Skip(1).Select(e => e.Name.LocalName));
}
