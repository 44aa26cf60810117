using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MynaGate.Card.Virtual.Issuing;

/// <summary>
/// The test stand-in for J-LIS: a 利用者証明用 CA and a 署名用 CA (X.509, RSA-2048) that issue each virtual card's
/// certificates, and the card-face root and issuer keys behind the APs' card-verifiable certificates. Kept in one
/// folder so the national-service emulator can trust the same CA. Nothing here is a production trust anchor.
/// </summary>
public sealed class TestJpkiAuthority : IDisposable
{
    public const string CardFaceRootReference = "MGTESTR";
    public const string CardFaceIssuerReference = "6000023";

    private readonly RSA _authCaKey;
    private readonly RSA _signCaKey;

    private TestJpkiAuthority(RSA authCaKey, X509Certificate2 authCa, RSA signCaKey, X509Certificate2 signCa, RSA cardFaceRoot, RSA cardFaceIssuer)
    {
        _authCaKey = authCaKey;
        AuthenticationCa = authCa;
        _signCaKey = signCaKey;
        SignatureCa = signCa;
        CardFaceRootKey = cardFaceRoot;
        CardFaceIssuerKey = cardFaceIssuer;
    }

    public X509Certificate2 AuthenticationCa { get; }
    public X509Certificate2 SignatureCa { get; }

    /// <summary>Signs the card-face APs' certificates; its public half is what a verifier trusts.</summary>
    public RSA CardFaceRootKey { get; }

    /// <summary>Signs card-face records (DF28); certified by <see cref="CardFaceRootKey"/> in EF 0004.</summary>
    public RSA CardFaceIssuerKey { get; }

    /// <summary>Loads the authority from <paramref name="directory"/>, creating it there on first use.</summary>
    public static TestJpkiAuthority LoadOrCreate(string directory)
    {
        Directory.CreateDirectory(directory);
        RSA Key(string name)
        {
            string path = Path.Combine(directory, name);
            var rsa = RSA.Create(2048);
            if (File.Exists(path)) rsa.ImportFromPem(File.ReadAllText(path));
            else WritePrivate(path, rsa.ExportPkcs8PrivateKeyPem());
            return rsa;
        }
        X509Certificate2 Ca(string name, RSA key, string subject)
        {
            string path = Path.Combine(directory, name);
            if (File.Exists(path)) return X509CertificateLoader.LoadCertificateFromFile(path);
            var certificate = CreateCa(key, subject);
            File.WriteAllText(path, certificate.ExportCertificatePem());
            return certificate;
        }

        var authKey = Key("auth-ca.key.pem");
        var signKey = Key("sign-ca.key.pem");
        return new TestJpkiAuthority(
            authKey, Ca("auth-ca.crt.pem", authKey, "CN=MynaGate Test JPKI User Authentication CA, O=MynaGate Test, C=JP"),
            signKey, Ca("sign-ca.crt.pem", signKey, "CN=MynaGate Test JPKI Digital Signature CA, O=MynaGate Test, C=JP"),
            Key("cardface-root.key.pem"), Key("cardface-issuer.key.pem"));
    }

    /// <summary>
    /// The certificate policy this authority writes into a smartphone's 利用者証明用電子証明書 (スマホ用電子証明書), so
    /// the emulator tells it from a card's, as the real service tells them apart: only a card's certificate has the
    /// three months' grace after it expires (R40). A UUID arc (2.25), so it names nothing real.
    /// </summary>
    public const string SmartphonePolicy = "2.25.238716052117236651213744932066170388071";

    /// <summary>利用者証明用電子証明書: no personal attributes, client authentication; a smartphone's carries <see cref="SmartphonePolicy"/>.</summary>
    public X509Certificate2 IssueAuthenticationCertificate(RSA subjectKey, DateTimeOffset notAfter, bool smartphone = false) =>
        Issue(subjectKey, AuthenticationCa, _authCaKey, notAfter, X509KeyUsageFlags.DigitalSignature, "1.3.6.1.5.5.7.3.2",
            smartphone ? SmartphonePolicy : null);

    /// <summary>Whether <paramref name="certificate"/> is a smartphone's (it names <see cref="SmartphonePolicy"/>).</summary>
    public static bool IsSmartphoneCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (certificate.Extensions[CertificatePoliciesOid] is not { } policies) return false;
        try
        {
            // certificatePolicies ::= SEQUENCE OF PolicyInformation { policyIdentifier OBJECT IDENTIFIER, qualifiers OPTIONAL }
            var list = new AsnReader(policies.RawData, AsnEncodingRules.DER).ReadSequence();
            while (list.HasData)
            {
                var information = list.ReadSequence();
                if (information.ReadObjectIdentifier() == SmartphonePolicy) return true;
            }
        }
        catch (AsnContentException)
        {
            return false;
        }
        return false;
    }

    private const string CertificatePoliciesOid = "2.5.29.32";

    /// <summary>署名用電子証明書 (the real one carries the 4 attributes; ours names only its serial).</summary>
    public X509Certificate2 IssueSignatureCertificate(RSA subjectKey, DateTimeOffset notAfter) =>
        Issue(subjectKey, SignatureCa, _signCaKey, notAfter, X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.DigitalSignature, null, null);

    private static X509Certificate2 Issue(RSA subjectKey, X509Certificate2 ca, RSA caKey, DateTimeOffset notAfter,
        X509KeyUsageFlags usage, string? extendedUsage, string? policy)
    {
        byte[] serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        var request = new CertificateRequest($"CN={Convert.ToHexString(serial[..8])}, OU=MynaGate Test JPKI, C=JP",
            subjectKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        if (extendedUsage is not null)
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(extendedUsage)], false));
        if (policy is not null) request.CertificateExtensions.Add(new X509Extension(CertificatePoliciesOid, Policies(policy), false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        var notBefore = DateTimeOffset.UtcNow.AddDays(-1);
        if (notAfter > ca.NotAfter) notAfter = ca.NotAfter;
        using var issued = request.Create(ca.SubjectName, X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1),
            notBefore, notAfter, serial);
        return X509CertificateLoader.LoadCertificate(issued.RawData);
    }

    private static byte[] Policies(string policy)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
            writer.WriteObjectIdentifier(policy);
        return writer.Encode();
    }

    private static X509Certificate2 CreateCa(RSA key, string subject)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(20));
        return X509CertificateLoader.LoadCertificate(certificate.RawData);
    }

    private static void WritePrivate(string path, string pem)
    {
        File.WriteAllText(path, pem);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public void Dispose()
    {
        _authCaKey.Dispose();
        _signCaKey.Dispose();
        CardFaceRootKey.Dispose();
        CardFaceIssuerKey.Dispose();
        AuthenticationCa.Dispose();
        SignatureCa.Dispose();
    }
}
