namespace MynaGate.Onshi.Contract;

/// <summary>
/// A 医療券 or 調剤券 of 医療扶助 as the national answer carries it (spec §3.3, PublicExpenseResultList/MedicalTicketInfo).
/// Codes and texts are kept as the XML writes them; their code lists are not public. StatusOfInfecton is the
/// national interface's own spelling.
/// </summary>
public sealed record MedicalTicket
{
    public string? TicketType { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public string? IssueNumber { get; init; }
    /// <summary>診療年月, YYYYMM.</summary>
    public string? MedicalTreatmentMonth { get; init; }
    public string? DesignatedMedicalInstitutionCode { get; init; }
    public string? DesignatedMedicalInstitutionFlag { get; init; }
    public string? DesignatedMedicalInstitutionName { get; init; }
    public string? PrescriptionIssuerMedicalInstitutionCode { get; init; }
    public string? PrescriptionIssuerMedicalInstitutionName { get; init; }
    public IReadOnlyList<string> InjuryNames { get; init; } = [];
    public string? MedicalTreatmentType { get; init; }
    public string? SelfPayAmount { get; init; }
    public string? DistrictContactName { get; init; }
    public string? HandlingContactName { get; init; }
    public string? SingleOrCombinedUse { get; init; }
    public string? StatusOfSocialInsurance { get; init; }
    public string? ConsistencyFlag { get; init; }
    public string? StatusOfInfecton { get; init; }
    public string? StatusOfElderlyMedicalCare { get; init; }
    public string? StatusOfPrefecturalExpenses { get; init; }
    public IReadOnlyList<string> Remarks { get; init; } = [];

    /// <summary>Personal values never print.</summary>
    public override string ToString() => "MedicalTicket [redacted]";
}
