using System.Globalization;
using System.Xml.Linq;
using MynaGate.Onshi.Contract;

namespace MynaGate.Terminal.Results;

/// <summary>
/// The one place where the form of PMH's 医療費助成 in the face-result XML is decided (R39). Public sources say PMH results
/// reach the receipt computer through the Face folder, not under which names, so this is our assumption, documented in
/// docs/face-result-xml.md: in the same OQSsiquc01res_face_ file's MessageBody (no file of a kind the national interface
/// may not have), beside PrescriptionIssueSelect, named after the Digital Agency OpenAPI's fields
/// (medicalSubsidyInsurerNumber → MedicalSubsidyInsurerNumber), dates as the file's other dates.
/// </summary>
public static class MedicalSubsidyXml
{
    /// <summary>1 the patient chose to use them, 2 not; absent when nothing was asked.</summary>
    public const string UseSelect = "MedicalSubsidyUseSelect";
    public const string List = "MedicalSubsidyResultList";
    public const string Info = "MedicalSubsidyInfo";
    public const string InsurerNumber = "MedicalSubsidyInsurerNumber";
    public const string RecipientNumber = "MedicalSubsidyRecipientNumber";

    /// <summary>
    /// The answer and, when the patient chose to use them, the 受給者証. Nothing when the reader did not ask, nor when the
    /// hub held none: then there was no question, whatever a reader says was answered.
    /// </summary>
    public static IEnumerable<XElement> Elements(bool? use, IReadOnlyList<MedicalSubsidy> subsidies)
    {
        ArgumentNullException.ThrowIfNull(subsidies);
        if (use is not { } chosen || subsidies.Count == 0) yield break;
        yield return new XElement(UseSelect, chosen ? "1" : "2");
        if (chosen) yield return new XElement(List, subsidies.Select(Subsidy));
    }

    private static XElement Subsidy(MedicalSubsidy s) => new(Info,
        new XElement(InsurerNumber, s.InsurerNumber),
        new XElement(RecipientNumber, s.RecipientNumber),
        new XElement("MedicalSubsidyProgramName", s.ProgramName),
        new XElement("MedicalSubsidyMunicipalityCode", s.Municipality),
        new XElement("MedicalSubsidyValidStartDate", Date(s.ValidFrom)),
        s.ValidUntil is { } until ? new XElement("MedicalSubsidyValidEndDate", Date(until)) : null,
        string.IsNullOrEmpty(s.SelfPayLimit) ? null : new XElement("MedicalSubsidySelfPayLimit", s.SelfPayLimit));

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
