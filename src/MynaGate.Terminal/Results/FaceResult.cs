using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Terminal.Results;

/// <summary>Everything one face-result XML is made of: the national service's two answers for one patient.</summary>
public sealed record FaceResult(
    string ReaderId,
    string MedicalInstitutionCode,
    AuthenticationMethod Method,
    QualificationResponse Qualification,
    ConsentResponse Consents)
{
    /// <summary>The prescription the patient asked for on the reader, or null when it did not ask.</summary>
    public PrescriptionIssue? Prescription { get; init; }

    /// <summary>The patient's answer to the 医療費助成 question, or null when the reader did not ask (R39).</summary>
    public bool? UseMedicalSubsidies { get; init; }
}
