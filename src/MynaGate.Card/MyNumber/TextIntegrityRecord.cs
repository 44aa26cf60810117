using System.Security.Cryptography;
using MynaGate.Card.Crypto;
using MynaGate.Card.Tlv;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// The text AP's integrity record, EF 0003 (spec §1.6): FF30 { DF31 SHA-256 of EF 0001, DF32 SHA-256 of EF 0002,
/// DF33 signature }. The record's layout is from public sources; what DF33 signs is not, so we take it to be the
/// issuer's RSASSA-PKCS1-v1_5 signature over the DigestInfo of SHA-256(DF31 ‖ DF32), made with the key the AP
/// certificate (EF 0004) certifies, as the card-face AP's record is. A real card that signs otherwise needs this
/// class changed, nothing else.
/// </summary>
public sealed class TextIntegrityRecord
{
    public const uint RecordTag = 0xFF30;

    private TextIntegrityRecord(byte[] myNumberHash, byte[] basicFourInfoHash, byte[] signature)
    {
        MyNumberHash = myNumberHash;
        BasicFourInfoHash = basicFourInfoHash;
        Signature = signature;
    }

    public byte[] MyNumberHash { get; }
    public byte[] BasicFourInfoHash { get; }
    public byte[] Signature { get; }

    public static TextIntegrityRecord Parse(ReadOnlySpan<byte> file)
    {
        var body = new BerTlvReader(new BerTlvReader(file).ReadValue(RecordTag));
        byte[]? myNumber = null, basic = null, signature = null;
        while (body.HasData)
        {
            var element = body.ReadElement();
            switch (element.Tag)
            {
                case 0xDF31: myNumber = element.Value.ToArray(); break;
                case 0xDF32: basic = element.Value.ToArray(); break;
                case 0xDF33: signature = element.Value.ToArray(); break;
            }
        }
        if (myNumber is not { Length: 32 } || basic is not { Length: 32 } || signature is not { Length: > 0 })
            throw new CardProtocolException("Text AP integrity record: a hash or the signature is missing.");
        return new TextIntegrityRecord(myNumber, basic, signature);
    }

    /// <summary>The DigestInfo DF33 signs; shared by the verifier and the virtual card's issuer.</summary>
    public static byte[] ComputeDigestInfo(ReadOnlySpan<byte> myNumberHash, ReadOnlySpan<byte> basicFourInfoHash) =>
        DigestInfo.Sha256([.. myNumberHash, .. basicFourInfoHash]);

    public static byte[] Encode(ReadOnlySpan<byte> myNumberFile, ReadOnlySpan<byte> basicFourInfoFile, RSAParameters issuerKey)
    {
        byte[] myNumberHash = SHA256.HashData(myNumberFile);
        byte[] basicHash = SHA256.HashData(basicFourInfoFile);
        byte[] signature = RsaPkcs1.Sign(issuerKey, ComputeDigestInfo(myNumberHash, basicHash));
        return new BerTlvWriter().WriteConstructed(RecordTag, w => w.Write(0xDF31, myNumberHash).Write(0xDF32, basicHash).Write(0xDF33, signature)).ToArray();
    }

    /// <summary>True when the record is signed by <paramref name="apKey"/> and names the 基本4情報 file whose SHA-256 is given.</summary>
    public bool Covers(ReadOnlySpan<byte> basicFourInfoSha256, RSAParameters apKey) =>
        CryptographicOperations.FixedTimeEquals(BasicFourInfoHash, basicFourInfoSha256)
        && RsaPkcs1.Verify(apKey, ComputeDigestInfo(MyNumberHash, BasicFourInfoHash), Signature);
}
