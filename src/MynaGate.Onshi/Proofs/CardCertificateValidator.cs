using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.Virtual.Issuing;
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

    /// <summary>How long after expiry a card's certificate still confirms eligibility, without medical-information sharing (R40).</summary>
    public const int GraceMonths = 3;

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

    /// <summary>
    /// Refuses a certificate on the revocation list, or past its validity: a smartphone's at once, a card's after
    /// <see cref="GraceMonths"/> months. Returns whether it is a card's in those months (eligibility only, R40).
    /// </summary>
    public async Task<bool> CheckStatusAsync(X509Certificate2 certificate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var now = clock.GetUtcNow().UtcDateTime;
        var notAfter = certificate.NotAfter.ToUniversalTime();
        bool expired = notAfter < now;
        if (expired && (TestJpkiAuthority.IsSmartphoneCertificate(certificate) || notAfter.AddMonths(GraceMonths) < now))
            throw new OnshiRefusalException(LinkErrorCodes.CertificateExpired, "The card's certificate has expired.");
        if (await store.IsRevokedAsync(certificate.SerialNumber, cancellationToken).ConfigureAwait(false))
            throw new OnshiRefusalException(LinkErrorCodes.CertificateRevoked, "The card's certificate has been revoked.");
        return expired;
    }

    /// <summary>Valid for less than <see cref="ExpiryWarning"/> more (not yet expired: an expired one in its grace is told apart).</summary>
    public bool ExpiresSoon(X509Certificate2 certificate) =>
        certificate.NotAfter.ToUniversalTime() - clock.GetUtcNow().UtcDateTime is var left && left < ExpiryWarning && left > TimeSpan.Zero;
}
