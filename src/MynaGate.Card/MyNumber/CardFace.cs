using System.Security.Cryptography;
using MynaGate.Card.Crypto;
using MynaGate.Card.Tlv;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// The card-face record (券面事項確認AP EF 0002, spec §1.7): what the printed card shows, with the chip photo. All
/// of it is personal data: it lives in one session and is zeroed on dispose.
/// </summary>
public sealed class CardFace : IDisposable
{
    public const uint RecordTag = 0xFF20;

    private readonly Dictionary<uint, byte[]> _encoded;

    private CardFace(Dictionary<uint, byte[]> encoded, DateOnly birthDate, Sex sex, RSAParameters cardPublicKey,
        byte[] nameImage, byte[] addressImage, byte[] photo, byte[] signature, DateOnly expiry, byte[] securityCodeImage)
    {
        _encoded = encoded;
        BirthDate = birthDate;
        Sex = sex;
        CardPublicKey = cardPublicKey;
        NameImage = nameImage;
        AddressImage = addressImage;
        Photo = photo;
        Signature = signature;
        Expiry = expiry;
        SecurityCodeImage = securityCodeImage;
    }

    public DateOnly BirthDate { get; }
    public Sex Sex { get; }

    /// <summary>DF24: the card AP's own key, used to check challenge signatures (card presence).</summary>
    public RSAParameters CardPublicKey { get; }

    /// <summary>DF25: 氏名 as a 1-bit PNG.</summary>
    public byte[] NameImage { get; }

    /// <summary>DF26: 住所 as a 1-bit PNG.</summary>
    public byte[] AddressImage { get; }

    /// <summary>DF27: 顔写真, JPEG 2000 (JP2 container or raw codestream), greyscale.</summary>
    public byte[] Photo { get; }

    public byte[] Signature { get; }

    /// <summary>DF29: card expiry (not covered by the signature).</summary>
    public DateOnly Expiry { get; }

    /// <summary>DF2A: セキュリティコード as a PNG (not covered by the signature).</summary>
    public byte[] SecurityCodeImage { get; }

    public static CardFace Parse(ReadOnlySpan<byte> file)
    {
        var outer = new BerTlvReader(file);
        var body = new BerTlvReader(outer.ReadValue(RecordTag));
        var encoded = new Dictionary<uint, byte[]>();
        while (body.HasData)
        {
            var before = body.Remaining;
            var element = body.ReadElement();
            encoded[element.Tag] = before[..(before.Length - body.Remaining.Length)].ToArray();
        }

        byte[] Value(uint tag)
        {
            if (!encoded.TryGetValue(tag, out var raw))
                throw new CardProtocolException($"Card-face record lacks {tag:X4}.");
            var reader = new BerTlvReader(raw);
            return reader.ReadElement().Value.ToArray();
        }

        return new CardFace(encoded,
            CardFields.Date(Value(0xDF22), "birth date"),
            CardFields.Sex(Value(0xDF23), "sex"),
            RsaPublicKeyTlv.Parse(Value(0xDF24), "card public key"),
            Value(0xDF25), Value(0xDF26), Value(0xDF27), Value(0xDF28),
            CardFields.Date(Value(0xDF29), "expiry"),
            Value(0xDF2A));
    }

    /// <summary>Checks DF28 against the issuing key certified in the AP certificate (EF 0004).</summary>
    public bool IsSignatureValid(RSAParameters issuerKey) =>
        RsaPkcs1.Verify(issuerKey, CardFaceSignature.ComputeDigestInfo(_encoded), Signature);

    public void Dispose()
    {
        foreach (var part in _encoded.Values) CryptographicOperations.ZeroMemory(part);
        CryptographicOperations.ZeroMemory(NameImage);
        CryptographicOperations.ZeroMemory(AddressImage);
        CryptographicOperations.ZeroMemory(Photo);
        CryptographicOperations.ZeroMemory(SecurityCodeImage);
    }
}
