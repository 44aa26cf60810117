using System.Security.Cryptography;
using System.Text;
using MynaGate.Card.Tlv;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// The card-verifiable certificate of an AP (EF 0004 of the text and card-face APs): 7F21 { 5F4E body, 5F37 signature }
/// (spec §1.6/§1.7). The real body is 297 bytes whose field layout is not public; ours is
/// 42 issuer reference, 5F20 holder reference, 7F49 { 90 exponent, 91 modulus }, signed by the issuing CA with
/// RSASSA-PKCS1-v1_5/SHA-256 over the body value. The CA key is not on the card.
/// </summary>
public sealed class ApCertificate
{
    private readonly byte[] _body;

    private ApCertificate(byte[] body, byte[] signature, string issuerReference, string holderReference, RSAParameters publicKey)
    {
        _body = body;
        Signature = signature;
        IssuerReference = issuerReference;
        HolderReference = holderReference;
        PublicKey = publicKey;
    }

    public string IssuerReference { get; }
    public string HolderReference { get; }
    public RSAParameters PublicKey { get; }
    public byte[] Signature { get; }

    public static ApCertificate Parse(ReadOnlySpan<byte> file)
    {
        var outer = new BerTlvReader(file);
        var certificate = new BerTlvReader(outer.ReadValue(0x7F21));
        byte[] body = certificate.ReadValue(0x5F4E).ToArray();
        byte[] signature = certificate.ReadValue(0x5F37).ToArray();

        var fields = new BerTlvReader(body);
        string issuer = Encoding.ASCII.GetString(fields.ReadValue(0x42));
        string holder = Encoding.ASCII.GetString(fields.ReadValue(0x5F20));
        var key = RsaPublicKeyTlv.Parse(fields.ReadValue(0x7F49), "AP certificate key");
        return new ApCertificate(body, signature, issuer, holder, key);
    }

    public static byte[] Encode(string issuerReference, string holderReference, RSAParameters publicKey, RSA issuer)
    {
        byte[] body = new BerTlvWriter()
            .Write(0x42, Encoding.ASCII.GetBytes(issuerReference))
            .Write(0x5F20, Encoding.ASCII.GetBytes(holderReference))
            .Write(0x7F49, RsaPublicKeyTlv.Encode(publicKey))
            .ToArray();
        byte[] signature = issuer.SignData(body, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return new BerTlvWriter().WriteConstructed(0x7F21, w => w.Write(0x5F4E, body).Write(0x5F37, signature)).ToArray();
    }

    public bool IsSignedBy(RSA issuer) => issuer.VerifyData(_body, Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
}
