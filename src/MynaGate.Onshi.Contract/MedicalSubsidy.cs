namespace MynaGate.Onshi.Contract;

/// <summary>
/// One municipal 医療費助成 受給者証 as the national hub (PMH, R39) holds it, with the Digital Agency OpenAPI's meaning of
/// each field (spec §3.6): 公費負担者番号, 公費受給者番号, the programme, the municipality that issued it, its validity and
/// the 自己負担上限額. Kept as the result XML writes them.
/// </summary>
public sealed record MedicalSubsidy
{
    /// <summary>公費負担者番号 (medicalSubsidyInsurerNumber): 8 digits, 法別番号 + 都道府県 + 実施機関 + 検証番号.</summary>
    public required string InsurerNumber { get; init; }
    /// <summary>公費受給者番号 (medicalSubsidyRecipientNumber): 7 digits with its check digit.</summary>
    public required string RecipientNumber { get; init; }
    /// <summary>The programme as the municipality names it (子ども医療費助成, ひとり親家庭等医療費助成 …).</summary>
    public required string ProgramName { get; init; }
    /// <summary>全国地方公共団体コード of the issuing municipality (5 digits).</summary>
    public required string Municipality { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    /// <summary>自己負担上限額 in yen as written ("0" for none), or null when the programme sets none.</summary>
    public string? SelfPayLimit { get; init; }

    /// <summary>Personal values never print.</summary>
    public override string ToString() => "MedicalSubsidy [redacted]";

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidUntil is not { } until || day <= until);
}
