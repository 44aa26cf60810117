using MynaGate.Link.Assertions;
using MynaGate.Onshi.Contract;

namespace MynaGate.Terminal.Results;

/// <summary>Everything one face-result XML is made of: the national service's two answers for one patient.</summary>
public sealed record FaceResult(
    string ReaderId,
    string MedicalInstitutionCode,
    AuthenticationMethod Method,
    QualificationResponse Qualification,
    ConsentResponse Consents);
