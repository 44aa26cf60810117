namespace MynaGate.Certificates;

/// <summary>The paper forms a patient may place on the reader in 公費 paper mode (R17–R19).</summary>
public enum CertificateForm
{
    /// <summary>子ども医療費受給者証 (municipal medical-expense subsidy for children).</summary>
    ChildMedical,

    /// <summary>ひとり親家庭等医療費受給者証.</summary>
    SingleParentMedical,

    /// <summary>心身障害者医療費受給資格証.</summary>
    DisabilityMedical,

    /// <summary>健康保険被保険者証 or 国民健康保険被保険者証 (the paper or card 保険証).</summary>
    HealthInsuranceCard,

    /// <summary>資格確認書: issued since December 2024 instead of the 保険証 to a holder without a マイナ保険証; the same
    /// fields as the 保険証.</summary>
    QualificationCertificate,
}
