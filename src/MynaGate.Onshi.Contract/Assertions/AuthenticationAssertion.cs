using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace MynaGate.Onshi.Contract.Assertions;

/// <summary>
/// What a reader vouches for when it hands a card to the terminal: which card (the SHA-256 of its user-auth
/// certificate), how the holder proved it, when, and in answer to which terminal challenge. The reader signs the
/// canonical bytes with its device key (ECDSA P-256, SHA-256, IEEE P1363); the terminal and the national service
/// check that signature against the reader's pinned certificate.
/// </summary>
public sealed record AuthenticationAssertion(
    string ReaderId,
    string SessionId,
    AuthenticationMethod Method,
    string CertificateSha256,
    byte[] Challenge,
    DateTimeOffset IssuedAt)
{
    /// <summary>
    /// The <see cref="Assertions.IdentityBinding"/> of the card's signed records to this session: always on the face path,
    /// on the 目視確認 path when the card face could be read, never on the PIN path (the card's signature proves it there).
    /// </summary>
    public IdentityBinding? IdentityBinding { get; init; }

    public static string HashCertificate(ReadOnlySpan<byte> der) => Convert.ToHexString(SHA256.HashData(der));

    /// <summary>One line per field, in a fixed order, so both sides sign and check the same bytes.</summary>
    public byte[] ToSignedBytes() => Encoding.UTF8.GetBytes(string.Join('\n',
        "MynaGate-Assertion-v3",
        ReaderId,
        SessionId,
        Method.ToString(),
        CertificateSha256,
        Convert.ToBase64String(Challenge),
        IssuedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        IdentityBinding?.ToSignedText() ?? "-"));

    public byte[] Sign(X509Certificate2 device)
    {
        using ECDsa key = device.GetECDsaPrivateKey() ?? throw new InvalidOperationException("The device certificate has no ECDSA private key.");
        return key.SignData(ToSignedBytes(), HashAlgorithmName.SHA256);
    }

    public bool Verify(X509Certificate2 device, ReadOnlySpan<byte> signature)
    {
        using ECDsa? key = device.GetECDsaPublicKey();
        return key is not null && key.VerifyData(ToSignedBytes(), signature, HashAlgorithmName.SHA256);
    }
}
