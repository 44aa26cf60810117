namespace MynaGate.Link.Messages;

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

    /// <summary>包括同意: one answer for every viewing consent above that the patient has not answered separately.</summary>
    Comprehensive,
}
