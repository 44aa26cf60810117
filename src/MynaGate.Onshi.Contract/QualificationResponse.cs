
namespace MynaGate.Onshi.Contract;

/// <summary>The answer to a 資格確認: the 照会番号, the status and the qualifications (none unless the status is valid).</summary>
public sealed record QualificationResponse(
    string ReferenceNumber,
    QualificationStatus Status,
    DateTimeOffset ProcessedAt,
    bool CertificateExpiresSoon,
    IReadOnlyList<InsuredQualification> Qualifications)
{
    /// <summary>
    /// The card's certificate has expired and is within its three months' grace (R40): the qualification is confirmed,
    /// but medical-information sharing is not available, so no viewing consent is asked or recorded.
    /// </summary>
    public bool CertificateInGrace { get; init; }

    /// <summary>
    /// The municipal 医療費助成 受給者証 the national hub (PMH) holds for the patient, from municipalities that have joined it
    /// and valid today (R39); empty when none. The terminal passes them on only when the patient chose to use them.
    /// </summary>
    public IReadOnlyList<MedicalSubsidy> MedicalSubsidies { get; init; } = [];

    /// <summary>処理結果コード and its message, when the service adds one to an answer (shown as it is).</summary>
    public string? ProcessingResultCode { get; init; }
    public string? ProcessingResultMessage { get; init; }
}
