namespace MynaGate.Onshi.Contract;

/// <summary>
/// The consent questions a reader can ask (spec §2.3, R12). Which are asked, and in which order, is configuration;
/// each answer becomes a flag (OQSCD016) and a time in the result XML.
/// </summary>
public enum ConsentItem
{
    /// <summary>薬剤情報 閲覧 → PharmacistsInfoConsFlg.</summary>
    PharmacyInformation,

    /// <summary>診療・手術情報 閲覧 → DiagnosisInfoConsFlg and OperationInfoConsFlg.</summary>
    DiagnosisAndOperation,

    /// <summary>特定健診情報 閲覧 → SpecificHealthCheckupsInfoConsFlg.</summary>
    SpecificHealthCheckups,

    /// <summary>限度額適用認定証関連情報 / 特定疾病療養受療証 提供 → LimitApplication… and SpecificDiseases… flags.</summary>
    LimitApplication,

    /// <summary>
    /// 包括同意 (since 2024-10-07): one answer for the viewing consents listed after it, or 個別に選ぶ to be asked each of
    /// them. Recorded itself and as an answer to each item it covered.
    /// </summary>
    Comprehensive,

    // 電子カルテ情報共有サービス (2025). Their XML flags are named as ORCA's patient API names them (spec §3.3); that the
    // 資格確認端末 writes the same names is not public and is our assumption.

    /// <summary>傷病名 閲覧 → DiagnosisNameConsFlg.</summary>
    DiagnosisNames,

    /// <summary>感染症 閲覧 → InfectiousInfoConsFlg.</summary>
    InfectiousDiseases,

    /// <summary>その他アレルギー等 閲覧 → AllergyInfoConsFlg.</summary>
    OtherAllergies,

    /// <summary>薬剤アレルギー等 (薬剤禁忌) 閲覧 → ContraindicationInfoConsFlg.</summary>
    DrugAllergies,

    /// <summary>検査 閲覧 → TestInfoConsFlg.</summary>
    LabTests,

    /// <summary>処方 閲覧 → PrescriptionInfoConsFlg (not the choice of prescription, <see cref="PrescriptionIssue"/>).</summary>
    Prescriptions,
}
