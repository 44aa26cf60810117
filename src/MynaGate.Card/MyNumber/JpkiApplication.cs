using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MynaGate.Card.Crypto;
using MynaGate.Card.Secrets;
using MynaGate.Card.Transport;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// 公的個人認証AP (JPKI-AP, spec §1.5). The user-auth certificate and both CA certificates are readable without a
/// PIN; signing with the user-auth key needs VERIFY of EF 0018 first, and the signature certificate needs the
/// signature password (EF 001B). A successful VERIFY lasts until the card is powered down.
/// </summary>
public sealed class JpkiApplication
{
    public static ReadOnlySpan<byte> Aid => [0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01];

    /// <summary>署名用電子証明書: needs the signature password.</summary>
    public const ushort SignatureCertificateFile = 0x0001;
    /// <summary>署名用CA証明書: free.</summary>
    public const ushort SignatureCaCertificateFile = 0x0002;
    /// <summary>Token info (CK_TOKEN_INFO, 160 bytes): free.</summary>
    public const ushort TokenInfoFile = 0x0006;
    /// <summary>Certificate availability (3 bytes): free.</summary>
    public const ushort CertificateAvailabilityFile = 0x0008;
    /// <summary>利用者証明用電子証明書: free.</summary>
    public const ushort AuthenticationCertificateFile = 0x000A;
    /// <summary>利用者証明用CA証明書: free.</summary>
    public const ushort AuthenticationCaCertificateFile = 0x000B;
    /// <summary>利用者証明用秘密鍵: signs after VERIFY of <see cref="AuthenticationPinFile"/>.</summary>
    public const ushort AuthenticationKeyFile = 0x0017;
    /// <summary>利用者証明用暗証番号: 4 digits, 3 tries.</summary>
    public const ushort AuthenticationPinFile = 0x0018;
    /// <summary>署名用秘密鍵: signs after VERIFY of <see cref="SignaturePasswordFile"/>.</summary>
    public const ushort SignatureKeyFile = 0x001A;
    /// <summary>署名用パスワード: 6–16 of A–Z/0–9, 5 tries.</summary>
    public const ushort SignaturePasswordFile = 0x001B;

    public const int AuthenticationPinLength = 4;

    /// <summary>JICSAP COMPUTE DIGITAL SIGNATURE P1 00: PKCS#1 v1.5 over the DigestInfo as given.</summary>
    public const byte SchemeDigestInfo = 0x00;

    private readonly CardSession _session;

    internal JpkiApplication(CardSession session) => _session = session;

    public CertificateAvailability ReadCertificateAvailability()
    {
        byte[] data = ReadFixed(CertificateAvailabilityFile, 3);
        return CertificateAvailability.Parse(data);
    }

    public TokenType ReadTokenType()
    {
        byte[] data = ReadFixed(TokenInfoFile, 32);
        string label = Encoding.ASCII.GetString(data).TrimEnd(' ', '\0');
        return TokenTypes.FromLabel(label);
    }

    public X509Certificate2 ReadAuthenticationCertificate() => ReadCertificate(AuthenticationCertificateFile, "user-auth certificate");

    public X509Certificate2 ReadAuthenticationCaCertificate() => ReadCertificate(AuthenticationCaCertificateFile, "user-auth CA certificate");

    public RetryStatus GetAuthenticationPinRetries()
    {
        _session.EnsureApplication(Aid);
        return _session.GetRetries(AuthenticationPinFile);
    }

    public RetryStatus GetSignaturePasswordRetries()
    {
        _session.EnsureApplication(Aid);
        return _session.GetRetries(SignaturePasswordFile);
    }

    /// <summary>One VERIFY of the 4-digit user-auth PIN. The caller shows the tries first and never retries on its own.</summary>
    public VerifyResult VerifyAuthenticationPin(CardSecret pin)
    {
        if (pin.Length != AuthenticationPinLength) throw new ArgumentException("The user-auth PIN has 4 digits.", nameof(pin));
        _session.EnsureApplication(Aid);
        return _session.Verify(AuthenticationPinFile, pin);
    }

    /// <summary>
    /// Signs SHA-256(<paramref name="message"/>) with the user-auth key (RSASSA-PKCS1-v1_5, so the signature
    /// verifies with the certificate's key as sha256WithRSAEncryption). Requires a verified PIN.
    /// </summary>
    public byte[] SignWithAuthenticationKey(ReadOnlySpan<byte> message)
    {
        _session.EnsureApplication(Aid);
        return _session.ComputeSignature(AuthenticationKeyFile, SchemeDigestInfo, DigestInfo.Sha256(message));
    }

    private X509Certificate2 ReadCertificate(ushort file, string what)
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(file);
        byte[] der = _session.ReadTlvFile(what);
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException e)
        {
            throw new CardProtocolException($"{what}: not a DER certificate.", e);
        }
    }

    private byte[] ReadFixed(ushort file, int length)
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(file);
        byte[] data = _session.ReadBinary(0, length);
        if (data.Length < length) throw new CardProtocolException($"EF {file:X4}: {data.Length} bytes, expected {length}.");
        return data;
    }
}
