using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Storage;

namespace MynaGate.Link.Identity;

/// <summary>
/// A process's own key and self-signed certificate (ECDSA P-256), kept in one PKCS#12 file readable by the owner
/// only. Readers sign assertions with it and serve TLS with it; terminals and the emulator present it as TLS
/// clients and servers. Trust comes from pinning at pairing, not from a CA.
/// </summary>
public static class DeviceIdentity
{
    private static readonly TimeSpan Validity = TimeSpan.FromDays(3650);

    /// <summary>Loads <paramref name="path"/>, creating the key and certificate there on first use.</summary>
    public static X509Certificate2 LoadOrCreate(string path, string commonName)
    {
        if (File.Exists(path)) return X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.Exportable);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var certificate = Create(commonName);
        byte[] pfx = certificate.Export(X509ContentType.Pkcs12);
        try
        {
            // a stop mid-write leaves no half key; owner-only from its first byte
            AtomicFileWriter.Write(path, pfx, ownerOnly: true);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pfx);
        }
        return X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>A fresh identity held in memory only (tests, benchmarks).</summary>
    public static X509Certificate2 Create(string commonName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}, O=MynaGate", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        // both ends of every link are TLS servers and clients at some point
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now + Validity);
        // round-trip through PKCS#12 so the key is usable by SslStream on every platform
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }
}
