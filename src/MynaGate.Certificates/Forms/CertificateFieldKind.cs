namespace MynaGate.Certificates;

/// <summary>A field printed on a certificate. Which fields a form carries is in <see cref="CertificateForms"/>.</summary>
public enum CertificateFieldKind
{
    /// <summary>公費負担者番号: 8 digits, the last a mod-10 (2-1) check digit.</summary>
    PublicExpenseNumber,

    /// <summary>受給者番号: 7 digits, the last a mod-10 (2-1) check digit.</summary>
    RecipientNumber,

    /// <summary>保険者番号: 8 digits (国民健康保険 6), the last a mod-10 (2-1) check digit.</summary>
    InsurerNumber,

    /// <summary>記号 of a 保険証.</summary>
    CardSymbol,

    /// <summary>番号 of a 保険証.</summary>
    CardNumber,

    /// <summary>枝番 of a 保険証: 2 digits, kept as a string.</summary>
    BranchNumber,

    Name,
    BirthDate,

    /// <summary>First day of validity (有効期間 … から).</summary>
    ValidFrom,

    /// <summary>Last day of validity (… まで, or 有効期限).</summary>
    ValidUntil,

    /// <summary>The issuing municipality (交付者, without the trailing 長).</summary>
    Municipality,
}
