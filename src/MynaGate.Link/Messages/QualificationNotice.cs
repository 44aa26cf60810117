using MynaGate.Onshi.Contract;

namespace MynaGate.Link.Messages;

/// <summary>
/// What the reader learns of the national service's answer: enough to go on to the consent screens, nothing personal.
/// </summary>
/// <param name="CertificateExpiresSoon">The card's certificate expires within 3 months (R34): the screen says so.</param>
public sealed record QualificationNotice(string ReferenceNumber, QualificationStatus Status, bool CertificateExpiresSoon)
{
    /// <summary>The card's certificate has expired and is in its grace (R40): eligibility only, no viewing consents; the patient is told to renew.</summary>
    public bool CertificateInGrace { get; init; }

    /// <summary>The national hub holds municipal 受給者証 for the patient (R39): the reader asks whether to use them. Only that there are some.</summary>
    public bool MedicalSubsidiesAvailable { get; init; }
}
