using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MynaGate.Link.Identity;

/// <summary>A pinned certificate: the SHA-256 of its DER encoding, as 64 upper-case hex digits.</summary>
public readonly record struct CertificatePin(string Sha256)
{
    public static CertificatePin Of(X509Certificate2 certificate) => Of(certificate.RawData);

    public static CertificatePin Of(ReadOnlySpan<byte> der) => new(Convert.ToHexString(SHA256.HashData(der)));

    public static CertificatePin Parse(string hex)
    {
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit)) throw new FormatException("A certificate pin is 64 hex digits.");
        return new CertificatePin(hex.ToUpperInvariant());
    }

    /// <summary>Constant-time comparison with a presented certificate.</summary>
    public bool Matches(X509Certificate2? certificate) =>
        certificate is not null && CryptographicOperations.FixedTimeEquals(
            Convert.FromHexString(Sha256), SHA256.HashData(certificate.RawData));

    public override string ToString() => Sha256;
}
