using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;

namespace MynaGate.Terminal.Links;

/// <summary>A reader this terminal paired with: where it listens and the certificate it proved at pairing.</summary>
public sealed record PairedReader(string ReaderId, string Serial, Uri Address, byte[] Certificate)
{
    public CertificatePin Pin => CertificatePin.Of(Certificate);

    public X509Certificate2 LoadCertificate() => X509CertificateLoader.LoadCertificate(Certificate);
}
