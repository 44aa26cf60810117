using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Onshi.Contract;

/// <summary>
/// A 資格確認 by My Number Card: the card's user-auth certificate and the proof that its holder is present — the
/// card's signature over the challenge (PIN), or the paired reader's signed assertion (face, 目視).
/// </summary>
public sealed record QualificationRequest(AuthenticationMethod Method, byte[] Certificate, byte[] Challenge)
{
    public byte[]? CardSignature { get; init; }
    public AuthenticationAssertion? Assertion { get; init; }
    public byte[]? AssertionSignature { get; init; }
    /// <summary>The reader's device certificate (DER), registered beforehand by the medical institution.</summary>
    public byte[]? DeviceCertificate { get; init; }
}
