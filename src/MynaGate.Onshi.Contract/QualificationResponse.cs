
namespace MynaGate.Onshi.Contract;

/// <summary>The answer to a 資格確認: the 照会番号, the status and the qualifications (none unless the status is valid).</summary>
public sealed record QualificationResponse(
    string ReferenceNumber,
    QualificationStatus Status,
    DateTimeOffset ProcessedAt,
    bool CertificateExpiresSoon,
    IReadOnlyList<InsuredQualification> Qualifications)
{
    /// <summary>処理結果コード and its message, when the service adds one to an answer (shown as it is).</summary>
    public string? ProcessingResultCode { get; init; }
    public string? ProcessingResultMessage { get; init; }
}
