using System.Security.Cryptography;
using System.Text;
using MynaGate.Card.Crypto;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Tlv;
using MynaGate.Card.Virtual.Personas;

namespace MynaGate.Card.Virtual.Issuing;

/// <summary>
/// Personalises a virtual card: fresh RSA-2048 keys, certificates from the <see cref="TestJpkiAuthority"/>, the
/// card-face record signed as spec §1.7 describes, 基本4情報, and full retry counters.
/// </summary>
public static class VirtualCardIssuer
{
    /// <summary>An ATR reported for My Number Cards (T=1). Other ATRs exist in the field; clients must not rely on it.</summary>
    public static readonly byte[] DefaultAtr = [0x3B, 0xE0, 0x00, 0xFF, 0x81, 0x31, 0xFE, 0x45, 0x14];

    public sealed record Images(byte[] Photo, byte[] NameImage, byte[] AddressImage, byte[] SecurityCodeImage);

    /// <summary>Images made with Debian's tools: a dataset JPEG as the chip photo when given, otherwise a synthetic one.</summary>
    public static Images DefaultImages(Persona persona, int seed, string? photoJpeg = null) => new(
        photoJpeg is null ? Imaging.DebianImageTools.SyntheticJpeg2000(seed) : Imaging.DebianImageTools.Jpeg2000FromPhotoFile(photoJpeg),
        Imaging.DebianImageTools.BlankPng(512, 64),
        Imaging.DebianImageTools.BlankPng(512, 128),
        Imaging.DebianImageTools.TextPng(persona.SecurityCode));

    public static VirtualCardImage Issue(Persona persona, Images images, TestJpkiAuthority authority, bool useGetResponse = false,
        TokenType tokenType = TokenType.Card)
    {
        using var authKey = RSA.Create(2048);
        using var signKey = RSA.Create(2048);
        using var apKey = RSA.Create(2048);
        var certificateExpiry = new DateTimeOffset(persona.CardExpiry.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var authCert = authority.IssueAuthenticationCertificate(authKey, certificateExpiry, smartphone: tokenType != TokenType.Card);
        using var signCert = authority.IssueSignatureCertificate(signKey, certificateExpiry);

        var counters = KeyNames.Limits.ToDictionary(kv => kv.Key, kv => kv.Value);
        byte[] basicFourInfo = BuildBasicFourInfo(persona);
        return new VirtualCardImage
        {
            Persona = persona,
            Atr = DefaultAtr,
            TokenType = tokenType,
            UseGetResponse = useGetResponse,
            AuthenticationKey = authKey.ExportPkcs8PrivateKey(),
            SignatureKey = signKey.ExportPkcs8PrivateKey(),
            CardApKey = apKey.ExportPkcs8PrivateKey(),
            AuthenticationCertificate = authCert.RawData,
            AuthenticationCaCertificate = authority.AuthenticationCa.RawData,
            SignatureCertificate = signCert.RawData,
            SignatureCaCertificate = authority.SignatureCa.RawData,
            CardFaceRecord = BuildCardFaceRecord(persona, images, apKey.ExportParameters(false), authority.CardFaceIssuerKey),
            ApCertificate = ApCertificate.Encode(TestJpkiAuthority.CardFaceRootReference, TestJpkiAuthority.CardFaceIssuerReference,
                authority.CardFaceIssuerKey.ExportParameters(false), authority.CardFaceRootKey),
            BasicFourInfoRecord = basicFourInfo,
            TextIntegrityRecord = TextIntegrityRecord.Encode(MyNumberFile(persona), basicFourInfo, authority.CardFaceIssuerKey.ExportParameters(true)),
            Counters = counters,
        };
    }

    /// <summary>FF20 { DF21 offsets, DF22 … DF2A }, DF28 over the three hashed groups (spec §1.7).</summary>
    public static byte[] BuildCardFaceRecord(Persona persona, Images images, RSAParameters cardPublicKey, RSA issuerKey)
    {
        var elements = new List<(uint Tag, byte[] Value)>
        {
            (0xDF22, Ascii($"{persona.BirthDate:yyyyMMdd}")),
            (0xDF23, Ascii(((int)persona.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (0xDF24, RsaPublicKeyTlv.Encode(cardPublicKey)),
            (0xDF25, images.NameImage),
            (0xDF26, images.AddressImage),
            (0xDF27, images.Photo),
        };
        var encoded = elements.ToDictionary(e => e.Tag, e => new BerTlvWriter().Write(e.Tag, e.Value).ToArray());
        byte[] signature = RsaPkcs1.Sign(issuerKey.ExportParameters(true), CardFaceSignature.ComputeDigestInfo(encoded));
        elements.Add((0xDF28, signature));
        elements.Add((0xDF29, Ascii($"{persona.CardExpiry:yyyyMMdd}")));
        elements.Add((0xDF2A, images.SecurityCodeImage));
        return WithOffsetTable(elements);
    }

    /// <summary>FF20 { DF21 offsets, DF22 氏名, DF23 住所, DF24 生年月日, DF25 性別 } (spec §1.6).</summary>
    public static byte[] BuildBasicFourInfo(Persona persona) => WithOffsetTable(
    [
        (0xDF22, Encoding.UTF8.GetBytes(persona.Name)),
        (0xDF23, Encoding.UTF8.GetBytes(persona.Address)),
        (0xDF24, Ascii($"{persona.BirthDate:yyyyMMdd}")),
        (0xDF25, Ascii(((int)persona.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture))),
    ]);

    // DF21 lists, as u16 big-endian, where each following object starts, counted from the start of the file
    private static byte[] WithOffsetTable(List<(uint Tag, byte[] Value)> elements)
    {
        var encoded = elements.Select(e => new BerTlvWriter().Write(e.Tag, e.Value).ToArray()).ToList();
        int tableLength = 3 + 2 * elements.Count;
        int bodyLength = tableLength + encoded.Sum(e => e.Length);
        int outerHeader = 2 + (bodyLength < 0x80 ? 1 : bodyLength <= 0xFF ? 2 : bodyLength <= 0xFFFF ? 3 : 4);
        var table = new byte[2 * elements.Count];
        int offset = outerHeader + tableLength;
        for (int i = 0; i < encoded.Count; i++)
        {
            table[2 * i] = (byte)(offset >> 8);
            table[2 * i + 1] = (byte)offset;
            offset += encoded[i].Length;
        }
        return new BerTlvWriter().WriteConstructed(0xFF20, w =>
        {
            w.Write(0xDF21, table);
            foreach (var (tag, value) in elements) w.Write(tag, value);
        }).ToArray();
    }

    /// <summary>The text AP's EF 0001: FF10 with the 12 digits of the 個人番号 (spec §1.6).</summary>
    public static byte[] MyNumberFile(Persona persona) => new BerTlvWriter().Write(0xFF10, Ascii(persona.MyNumber)).ToArray();

    private static byte[] Ascii(string value) => Encoding.ASCII.GetBytes(value);
}
