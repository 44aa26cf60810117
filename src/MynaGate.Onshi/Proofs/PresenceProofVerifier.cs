using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Onshi.Store;

namespace MynaGate.Onshi.Proofs;

/// <summary>
/// Checks that the card's holder is at the reader: for the PIN path the card itself signed the challenge with its
/// user-auth key (which it does only after the PIN); for face and 目視 a reader registered by this institution signed
/// an assertion naming this certificate and this challenge.
/// </summary>
public sealed class PresenceProofVerifier(OnshiStore store)
{
    public async Task VerifyAsync(QualificationRequest request, X509Certificate2 card, string institution, CancellationToken cancellationToken)
    {
        if (request.Method == AuthenticationMethod.Pin)
        {
            using RSA? key = card.GetRSAPublicKey();
            if (request.CardSignature is null || key is null ||
                !key.VerifyData(request.Challenge, request.CardSignature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
                throw new OnshiRefusalException(LinkErrorCodes.ProofInvalid, "The card's signature over the challenge does not verify.");
            return;
        }

        if (request.DeviceCertificate is null || request.Assertion is not { } assertion || request.AssertionSignature is null)
            throw new OnshiRefusalException(LinkErrorCodes.ProofInvalid, "A face or visual check needs the reader's signed assertion.");
        using var device = LoadDevice(request.DeviceCertificate);
        if (!await store.IsDeviceRegisteredAsync(CertificatePin.Of(device).Sha256, institution, cancellationToken).ConfigureAwait(false))
            throw new OnshiRefusalException(LinkErrorCodes.DeviceNotRegistered, "The reader is not registered for this medical institution.");
        bool names = assertion.Method == request.Method
            && assertion.CertificateSha256 == AuthenticationAssertion.HashCertificate(card.RawData)
            && CryptographicOperations.FixedTimeEquals(assertion.Challenge, request.Challenge);
        if (!names || !assertion.Verify(device, request.AssertionSignature))
            throw new OnshiRefusalException(LinkErrorCodes.ProofInvalid, "The reader's assertion does not verify for this card and challenge.");
    }

    private static X509Certificate2 LoadDevice(byte[] der)
    {
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            throw new OnshiRefusalException(LinkErrorCodes.ProofInvalid, "The device certificate is not a DER X.509 certificate.");
        }
    }
}
