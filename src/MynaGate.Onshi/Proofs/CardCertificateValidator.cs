using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Store;

namespace MynaGate.Onshi.Proofs;

/// <summary>
/// Checks a card's 利用者証明用電子証明書 as J-LIS's verification service would: it must chain to the user-auth CA,
/// be within its validity and not be on the revocation list.
/// </summary>
public sealed class CardCertificateValidator(X509Certificate2 authenticationCa, OnshiStore store, TimeProvider clock)
{
    /// <summary>How long before expiry the answer warns (R34).</summary>
    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(91);

    public async Task<X509Certificate2> ValidateAsync(byte[] der, CancellationToken cancellationToken)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            throw new OnshiRefusalException(LinkErrorCodes.CertificateUntrusted, "The certificate is not a DER X.509 certificate.");
        }

        var now = clock.GetUtcNow();
        if (certificate.NotAfter.ToUniversalTime() < now.UtcDateTime)
            throw new OnshiRefusalException(LinkErrorCodes.CertificateExpired, "The card's certificate has expired.");

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authenticationCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        if (!chain.Build(certificate))
            throw new OnshiRefusalException(LinkErrorCodes.CertificateUntrusted, "The certificate is not issued by the user-auth CA.");

        if (await store.IsRevokedAsync(certificate.SerialNumber, cancellationToken).ConfigureAwait(false))
            throw new OnshiRefusalException(LinkErrorCodes.CertificateRevoked, "The card's certificate has been revoked.");
        return certificate;
    }

    public bool ExpiresSoon(X509Certificate2 certificate) =>
        certificate.NotAfter.ToUniversalTime() - clock.GetUtcNow().UtcDateTime < ExpiryWarning;
}
