namespace MynaGate.Onshi.Contract;

/// <summary>
/// One insured person's qualification as the national service returns it: the fields the result XML carries
/// (spec §3.3 ResultOfQualificationConfirmation). Codes are kept as the XML writes them.
/// </summary>
public sealed record InsuredQualification
{
    /// <summary>被保険者証区分: 01 一般 … A1 医療扶助.</summary>
    public required string CardClassification { get; init; }
    /// <summary>保険者番号: 8 digits, 6 for 国保.</summary>
    public required string InsurerNumber { get; init; }
    public required string InsurerName { get; init; }
    public string? Symbol { get; init; }
    public required string Number { get; init; }
    public required string Branch { get; init; }
    /// <summary>1 本人, 2 家族.</summary>
    public required int PersonalFamily { get; init; }
    public required string Name { get; init; }
    /// <summary>Half-width katakana.</summary>
    public required string NameKana { get; init; }
    /// <summary>1 男, 2 女, 3 未設定.</summary>
    public required int Sex { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required string Address { get; init; }
    public required string PostNumber { get; init; }
    public required DateOnly QualificationDate { get; init; }
    public required DateOnly CardValidFrom { get; init; }
    public DateOnly? CardValidUntil { get; init; }
    /// <summary>一部負担金割合 as 3 digits of percent ("030" is 3割).</summary>
    public required string ContributionRatio { get; init; }
    /// <summary>高齢受給者証の負担割合, when the holder is 70–74.</summary>
    public string? ElderlyContributionRatio { get; init; }
    /// <summary>限度額適用認定証の区分 (OQSCD012, A01–A06, B01–B10), when one is issued.</summary>
    public string? LimitClassification { get; init; }
    /// <summary>特定疾病 (OQSCD013: 1 人工透析, 2 血友病, 3 HIV), when certified.</summary>
    public int? SpecificDisease { get; init; }
    /// <summary>未就学区分: 1 when the holder has not started school.</summary>
    public bool Preschool { get; init; }

    /// <summary>Personal values never print.</summary>
    public override string ToString() => "InsuredQualification [redacted]";
}
