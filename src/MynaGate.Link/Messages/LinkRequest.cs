using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Link.Messages;

/// <summary>
/// A message from a reader to its terminal, collected by the terminal's long poll. Only the fields its
/// <see cref="Kind"/> needs are set; none carries a PIN, an image or card-face data; only
/// <see cref="PaperCertificate"/> carries what the patient's paper certificate says.
/// </summary>
public sealed record LinkRequest(string MessageId, string SessionId, LinkRequestKind Kind)
{
    public AuthenticationAssertion? Assertion { get; init; }

    /// <summary>
    /// How long the reader will still wait for the answer, in milliseconds, as it hands the request over: the terminal
    /// writes nothing after that, so a patient is never told "failed" while the result is written behind them.
    /// </summary>
    public int? WaitMs { get; init; }

    /// <summary>The reader's device signature over <see cref="AuthenticationAssertion.ToSignedBytes"/>.</summary>
    public byte[]? AssertionSignature { get; init; }

    /// <summary>The card's 利用者証明用電子証明書 (DER).</summary>
    public byte[]? Certificate { get; init; }

    /// <summary>PIN path: the card's signature (user-auth key, SHA-256, PKCS#1 v1.5) over the challenge.</summary>
    public byte[]? CardSignature { get; init; }

    public IReadOnlyList<ConsentAnswer>? Consents { get; init; }

    /// <summary>Complete: the prescription the patient asked for, or null when the reader does not ask (R35).</summary>
    public PrescriptionIssue? Prescription { get; init; }

    /// <summary>Complete: the patient's answer to 「医療費助成の各種受給者証を利用しますか」 (R39), or null when it was not asked.</summary>
    public bool? UseMedicalSubsidies { get; init; }

    /// <summary>Complete: a paper certificate will follow (公費 paper mode), so the terminal keeps the session's qualification for it.</summary>
    public bool CertificateFollows { get; init; }

    /// <summary>Certificate: what the patient confirmed.</summary>
    public PaperCertificate? PaperCertificate { get; init; }

    /// <summary>Abandon: the reader's error code, or null for a patient's cancel. Report: the error code, or null for success.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Report: the method the patient proved the card with, or null when none was chosen.</summary>
    public AuthenticationMethod? Method { get; init; }

    /// <summary>Report: from card placement to the session's end.</summary>
    public long? DurationMs { get; init; }
}
