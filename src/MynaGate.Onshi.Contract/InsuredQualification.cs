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

    /// <summary>被保険者氏名: the insured person (世帯主) whose dependant this holder is.</summary>
    public string? InsuredName { get; init; }
    /// <summary>氏名(その他): another registered name (通称 and the like).</summary>
    public string? NameOfOther { get; init; }
    /// <summary>氏名(その他) in half-width katakana.</summary>
    public string? NameOfOtherKana { get; init; }
    /// <summary>券面性別 (Sex2): the sex printed on the certificate where it differs from <see cref="Sex"/>; 1, 2 or 3.</summary>
    public int? CardSex { get; init; }
    /// <summary>交付年月日 of the insurance certificate.</summary>
    public DateOnly? CertificateIssuedOn { get; init; }
    /// <summary>資格喪失年月日, when the qualification has ended.</summary>
    public DateOnly? DisqualificationDate { get; init; }
    /// <summary>資格喪失事由: 01 死亡, 02 生活保護受給開始, 03 医療保険等の資格取得, 99 その他.</summary>
    public string? ReasonOfLoss { get; init; }

    /// <summary>高齢受給者証: its 交付 date and validity.</summary>
    public DateOnly? ElderlyCertificateDate { get; init; }
    public DateOnly? ElderlyValidFrom { get; init; }
    public DateOnly? ElderlyValidUntil { get; init; }

    /// <summary>限度額適用認定証: its 交付 date, validity and 長期入院該当年月日.</summary>
    public DateOnly? LimitCertificateDate { get; init; }
    public DateOnly? LimitValidFrom { get; init; }
    public DateOnly? LimitValidUntil { get; init; }
    public DateOnly? LimitLongTermDate { get; init; }

    /// <summary>特定疾病療養受療証: its 交付 date, validity and 自己負担限度額 (yen, as written).</summary>
    public DateOnly? SpecificDiseaseCertificateDate { get; init; }
    public DateOnly? SpecificDiseaseValidFrom { get; init; }
    public DateOnly? SpecificDiseaseValidUntil { get; init; }
    public string? SpecificDiseaseSelfPay { get; init; }

    /// <summary>医療券・調剤券 of 医療扶助 (card type A1), when the welfare office has issued one.</summary>
    public MedicalTicket? MedicalTicket { get; init; }

    /// <summary>Personal values never print.</summary>
    public override string ToString() => "InsuredQualification [redacted]";
}
