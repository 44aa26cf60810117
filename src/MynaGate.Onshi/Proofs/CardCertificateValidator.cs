using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Store;

namespace MynaGate.Onshi.Proofs;

/// <summary>
/// Checks a card's 利用者証明用電子証明書 as J-LIS's verification service would: it must chain to the user-auth CA,
/// be within its validity and not be on the revocation list (the last two once the card has proved it holds the key).
/// </summary>
public sealed class CardCertificateValidator(X509Certificate2 authenticationCa, OnshiStore store, TimeProvider clock)
{
    /// <summary>How long before expiry the answer warns (R34).</summary>
    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(91);

    /// <summary>
    /// The certificate, when it is one the user-auth CA issued. Whether it is still valid is asked apart
    /// (<see cref="CheckStatusAsync"/>), after the card has proved it holds the key: nobody learns a certificate's
    /// state, or makes the service report it, with a certificate copied off someone else's card.
    /// </summary>
    public X509Certificate2 Load(byte[] der)
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

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authenticationCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // an expired certificate still chains (as a minute before its end), so it is reported as expired, not untrusted
        var now = clock.GetUtcNow().UtcDateTime;
        var lastValid = certificate.NotAfter.ToUniversalTime().AddMinutes(-1);
        chain.ChainPolicy.VerificationTime = now < lastValid ? now : lastValid;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        if (!chain.Build(certificate))
        {
            certificate.Dispose();
            throw new OnshiRefusalException(LinkErrorCodes.CertificateUntrusted, "The certificate is not issued by the user-auth CA.");
        }
        return certificate;
    }

    /// <summary>Refuses a certificate past its validity or on the revocation list.</summary>
    public async Task CheckStatusAsync(X509Certificate2 certificate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (certificate.NotAfter.ToUniversalTime() < clock.GetUtcNow().UtcDateTime)
            throw new OnshiRefusalException(LinkErrorCodes.CertificateExpired, "The card's certificate has expired.");
        if (await store.IsRevokedAsync(certificate.SerialNumber, cancellationToken).ConfigureAwait(false))
            throw new OnshiRefusalException(LinkErrorCodes.CertificateRevoked, "The card's certificate has been revoked.");
    }

    public bool ExpiresSoon(X509Certificate2 certificate) =>
        certificate.NotAfter.ToUniversalTime() - clock.GetUtcNow().UtcDateTime < ExpiryWarning;
}
