using System.Globalization;
using System.Xml.Linq;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Pairing;
using MynaGate.Onshi.Contract;

namespace MynaGate.Terminal.Results;

/// <summary>
/// Builds the face-result XML the receipt computer reads from the Face folder, with the element names, codes and
/// formats of the spec's element dictionary (§3.2–3.4): dates YYYYMMDD and times YYYYMMDDHHmmss in Japan time,
/// consent flags 0/1 with ConsTime (and AvailableTime for viewing consents) when given, and PrescriptionIssueSelect
/// when the patient chose; PMH's 医療費助成 in the form <see cref="MedicalSubsidyXml"/> decides.
/// </summary>
public static class FaceResultXml
{
    public const string FilePrefix = "OQSsiquc01res_face_";

    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    // 電子カルテ情報共有サービス (2025), named as ORCA names them (ConsentItem says why that is an assumption)
    private static readonly (ConsentItem Item, string Name)[] SharedRecordFlags =
    [
        (ConsentItem.DiagnosisNames, "DiagnosisNameCons"),
        (ConsentItem.InfectiousDiseases, "InfectiousInfoCons"),
        (ConsentItem.OtherAllergies, "AllergyInfoCons"),
        (ConsentItem.DrugAllergies, "ContraindicationInfoCons"),
        (ConsentItem.LabTests, "TestInfoCons"),
        (ConsentItem.Prescriptions, "PrescriptionInfoCons"),
    ];

    /// <param name="fileIdentifier">ArbitraryFileIdentifier: no receipt computer's request is echoed for a reader's check, so the
    /// file's own id (reader and sequence) stands there, never a personal value.</param>
    public static XDocument Build(FaceResult result, XmlCharacterCode characterCode, string? fileIdentifier = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var processed = result.Qualification.ProcessedAt.ToOffset(Japan);
        var list = new XElement("ResultList");
        foreach (var insured in result.Qualification.Qualifications) list.Add(Qualification(insured, result.Consents));

        return new XDocument(new XDeclaration("1.0", null, "no"),
            new XElement("XmlMsg",
                new XElement("MessageHeader",
                    new XElement("ProcessExecutionTime", Time(processed)),
                    new XElement("QualificationConfirmationDate", processed.ToString("yyyyMMdd", CultureInfo.InvariantCulture)),
                    new XElement("MedicalInstitutionCode", result.MedicalInstitutionCode),
                    new XElement("ReferenceClassification", "1"),
                    fileIdentifier is null ? null : new XElement("ArbitraryFileIdentifier", fileIdentifier),
                    new XElement("SegmentOfResult", "1"),
                    new XElement("CharacterCodeIdentifier", ((int)characterCode).ToString(CultureInfo.InvariantCulture))),
                new XElement("MessageBody",
                    list,
                    result.Prescription is { } prescription ? new XElement("PrescriptionIssueSelect", Code((int)prescription)) : null,
                    MedicalSubsidyXml.Elements(result.UseMedicalSubsidies, result.Qualification.MedicalSubsidies),
                    new XElement("ProcessingResultStatus", "1"),
                    Optional("ProcessingResultCode", result.Qualification.ProcessingResultCode),
                    Optional("ProcessingResultMessage", result.Qualification.ProcessingResultMessage),
                    new XElement("QualificationValidity", ((int)result.Qualification.Status).ToString(CultureInfo.InvariantCulture)),
                    new XElement("ReferenceNumber", result.Qualification.ReferenceNumber))));
    }

    /// <summary>
    /// The file of a check the national service refused (an answered refusal, not a service that could not be reached):
    /// SegmentOfResult 9 (異常終了) with the code and its description, as real files carry them when the national side
    /// fails, and no insured data. The national code list (別紙6-1) is not public, so ErrorCode is the emulator's
    /// Q-code and ErrorMessage its description from the error catalogue (docs/face-result-xml.md says so).
    /// </summary>
    public static XDocument BuildRefusal(string medicalInstitutionCode, DateTimeOffset processedAt, string errorCode, string errorMessage, XmlCharacterCode characterCode)
    {
        var processed = processedAt.ToOffset(Japan);
        return new XDocument(new XDeclaration("1.0", null, "no"),
            new XElement("XmlMsg",
                new XElement("MessageHeader",
                    new XElement("ProcessExecutionTime", Time(processed)),
                    new XElement("QualificationConfirmationDate", processed.ToString("yyyyMMdd", CultureInfo.InvariantCulture)),
                    new XElement("MedicalInstitutionCode", medicalInstitutionCode),
                    new XElement("ReferenceClassification", "1"),
                    new XElement("SegmentOfResult", "9"),
                    new XElement("ErrorCode", errorCode),
                    new XElement("ErrorMessage", errorMessage),
                    new XElement("CharacterCodeIdentifier", ((int)characterCode).ToString(CultureInfo.InvariantCulture))),
                new XElement("MessageBody",
                    new XElement("ProcessingResultStatus", "2"))));
    }

    /// <summary>"OQSsiquc01res_face_&lt;reader&gt;-&lt;n&gt;_&lt;YYYYMMDDHHmmss&gt;.xml": the reader and a counter, no personal value.</summary>
    public static string FileName(string readerId, int sequence, DateTimeOffset processedAt) => !DeviceNames.IsReaderId(readerId)
        ? throw new ArgumentException($"A reader id is 1–{DeviceNames.MaxIdLength} letters, digits or '-'.", nameof(readerId))
        : $"{FilePrefix}{FileIdentifier(readerId, sequence)}_{Time(processedAt.ToOffset(Japan))}.xml";

    /// <summary>"&lt;reader&gt;-&lt;n&gt;": the part of the file's name that tells it from others, also its ArbitraryFileIdentifier.</summary>
    public static string FileIdentifier(string readerId, int sequence) => $"{readerId}-{sequence.ToString("D4", CultureInfo.InvariantCulture)}";

    private static XElement Qualification(InsuredQualification q, ConsentResponse consents)
    {
        var element = new XElement("ResultOfQualificationConfirmation",
            new XElement("InsuredCardClassification", q.CardClassification),
            // 国保's 6-digit number is right-aligned in 8 with spaces, as the terminal writes it
            new XElement("InsurerNumber", q.InsurerNumber.PadLeft(8)),
            q.Symbol is null ? null : new XElement("InsuredCardSymbol", q.Symbol),
            new XElement("InsuredIdentificationNumber", q.Number),
            new XElement("InsuredBranchNumber", q.Branch),
            new XElement("PersonalFamilyClassification", Code(q.PersonalFamily)),
            Optional("InsuredName", q.InsuredName),
            new XElement("Name", q.Name),
            Optional("NameOfOther", q.NameOfOther),
            new XElement("NameKana", q.NameKana),
            Optional("NameOfOtherKana", q.NameOfOtherKana),
            new XElement("Sex1", Code(q.Sex)),
            q.CardSex is { } cardSex ? new XElement("Sex2", Code(cardSex)) : null,
            new XElement("Birthdate", Date(q.BirthDate)),
            new XElement("Address", q.Address),
            new XElement("PostNumber", q.PostNumber),
            new XElement("QualificationDate", Date(q.QualificationDate)),
            Optional("DisqualificationDate", q.DisqualificationDate),
            Optional("InsuredCertificateIssuanceDate", q.CertificateIssuedOn),
            new XElement("InsuredCardValidDate", Date(q.CardValidFrom)),
            Optional("InsuredCardExpirationDate", q.CardValidUntil),
            new XElement("InsuredPartialContributionRatio", q.ContributionRatio),
            q.Preschool ? new XElement("PreschoolClassification", "1") : null,
            Optional("ReasonOfLoss", q.ReasonOfLoss),
            new XElement("InsurerName", q.InsurerName),
            // every child of the certificate groups carries the group's prefix, as receipt computers read them (spec §3.3)
            Group("ElderlyRecipientCertificateInfo",
                Optional("ElderlyRecipientCertificateDate", q.ElderlyCertificateDate),
                Optional("ElderlyRecipientValidStartDate", q.ElderlyValidFrom),
                Optional("ElderlyRecipientValidEndDate", q.ElderlyValidUntil),
                Optional("ElderlyRecipientContributionRatio", q.ElderlyContributionRatio)),
            q.MedicalTicket is { } ticket ? new XElement("PublicExpenseResultList", Ticket(ticket)) : null);

        var limit = Find(consents, ConsentItem.LimitApplication);
        AddFlag(element, "LimitApplicationCertificateRelatedCons", limit, viewing: false);
        if (limit is { Agreed: true } && q.LimitClassification is { } classification)
            element.Add(new XElement("LimitApplicationCertificateRelatedInfo",
                new XElement("LimitApplicationCertificateClassification", "01"),
                new XElement("LimitApplicationCertificateClassificationFlag", classification),
                Optional("LimitApplicationCertificateDate", q.LimitCertificateDate),
                Optional("LimitApplicationCertificateValidStartDate", q.LimitValidFrom),
                Optional("LimitApplicationCertificateValidEndDate", q.LimitValidUntil),
                Optional("LimitApplicationCertificateLongTermDate", q.LimitLongTermDate)));
        AddFlag(element, "SpecificDiseasesCertificateRelatedCons", limit, viewing: false);
        if (limit is { Agreed: true } && q.SpecificDisease is { } disease)
            element.Add(new XElement("SpecificDiseasesCertificateList", new XElement("SpecificDiseasesCertificateInfo",
                new XElement("SpecificDiseasesDiseaseCategory", Code(disease)),
                Optional("SpecificDiseasesCertificateDate", q.SpecificDiseaseCertificateDate),
                Optional("SpecificDiseasesValidStartDate", q.SpecificDiseaseValidFrom),
                Optional("SpecificDiseasesValidEndDate", q.SpecificDiseaseValidUntil),
                Optional("SpecificDiseasesSelfPay", q.SpecificDiseaseSelfPay))));

        AddFlag(element, "SpecificHealthCheckupsInfoCons", Viewing(consents, ConsentItem.SpecificHealthCheckups), viewing: true);
        AddFlag(element, "PharmacistsInfoCons", Viewing(consents, ConsentItem.PharmacyInformation), viewing: true);
        var diagnosis = Viewing(consents, ConsentItem.DiagnosisAndOperation);
        AddFlag(element, "DiagnosisInfoCons", diagnosis, viewing: true);
        AddFlag(element, "OperationInfoCons", diagnosis, viewing: true);
        // the 2025 items only when the reader asked them: a receipt computer that predates them meets no new element
        foreach (var (item, name) in SharedRecordFlags)
        {
            if (Find(consents, item) is { } answer) AddFlag(element, name, answer, viewing: true);
        }
        return element;
    }


    // <Name>Flg 0|1, and when agreed <Name>Time and, for a viewing consent, <Name>AvailableTime
    private static void AddFlag(XElement element, string name, RecordedConsent? consent, bool viewing)
    {
        bool agreed = consent is { Agreed: true };
        element.Add(new XElement($"{name}Flg", agreed ? "1" : "0"));
        if (!agreed) return;
        element.Add(new XElement($"{name}Time", Time(consent!.AnsweredAt.ToOffset(Japan))));
        if (viewing && consent.AvailableUntil is { } until)
            element.Add(new XElement($"{name.Replace("Cons", "", StringComparison.Ordinal)}AvailableTime", Time(until.ToOffset(Japan))));
    }

    // 医療扶助's ticket with the national interface's element names, each when present (at most three injury names and remarks)
    private static XElement Ticket(MedicalTicket t) => new("MedicalTicketInfo",
        Optional("TicketType", t.TicketType),
        Optional("MedicalTicketValidDate", t.ValidFrom),
        Optional("MedicalTicketExpirationDate", t.ValidUntil),
        Optional("IssueNumber", t.IssueNumber),
        Optional("MedicalTreatmentMonth", t.MedicalTreatmentMonth),
        Optional("DesignatedMedicalInstitutionCode", t.DesignatedMedicalInstitutionCode),
        Optional("DesignatedMedicalInstitutionFlag", t.DesignatedMedicalInstitutionFlag),
        Optional("DesignatedMedicalInstitutionName", t.DesignatedMedicalInstitutionName),
        Optional("PrescriptionIssuerMedicalInstitutionCode", t.PrescriptionIssuerMedicalInstitutionCode),
        Optional("PrescriptionIssuerMedicalInstitutionName", t.PrescriptionIssuerMedicalInstitutionName),
        t.InjuryNames.Where(n => !string.IsNullOrEmpty(n)).Take(3).Select((n, i) => new XElement($"InjuryName{i + 1}", n)),
        Optional("MedicalTreatmentType", t.MedicalTreatmentType),
        Optional("SelfPayAmount", t.SelfPayAmount),
        Optional("DistrictContactName", t.DistrictContactName),
        Optional("HandlingContactName", t.HandlingContactName),
        Optional("SingleOrCombinedUse", t.SingleOrCombinedUse),
        Optional("StatusOfSocialInsurance", t.StatusOfSocialInsurance),
        Optional("ConsistencyFlag", t.ConsistencyFlag),
        Optional("StatusOfInfecton", t.StatusOfInfecton),
        Optional("StatusOfElderlyMedicalCare", t.StatusOfElderlyMedicalCare),
        Optional("StatusOfPrefecturalExpenses", t.StatusOfPrefecturalExpenses),
        t.Remarks.Where(r => !string.IsNullOrEmpty(r)).Take(3).Select((r, i) => new XElement($"Remarks{i + 1}", r)));

    private static XElement? Optional(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XElement(name, value);

    private static XElement? Optional(string name, DateOnly? value) => value is { } date ? new XElement(name, Date(date)) : null;

    // a group written only when one of its elements is
    private static XElement? Group(string name, params XElement?[] children) =>
        children.Any(c => c is not null) ? new XElement(name, children) : null;

    private static RecordedConsent? Find(ConsentResponse consents, ConsentItem item) => consents.Consents.FirstOrDefault(c => c.Item == item);

    // an item asked on its own wins; otherwise 包括同意 answers it
    private static RecordedConsent? Viewing(ConsentResponse consents, ConsentItem item) =>
        Find(consents, item) ?? Find(consents, ConsentItem.Comprehensive);

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static string Code(int value) => value.ToString(CultureInfo.InvariantCulture);
}
