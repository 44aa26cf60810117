using System.Security.Cryptography;
using MynaGate.Card.Tlv;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// RSA public keys as card records carry them: the card-face record's DF24 holds 90 (exponent) and 91 (modulus)
/// (spec §1.7). Our AP certificates reuse the same pair inside 7F49.
/// </summary>
public static class RsaPublicKeyTlv
{
    public const uint ExponentTag = 0x90;
    public const uint ModulusTag = 0x91;

    public static RSAParameters Parse(ReadOnlySpan<byte> value, string field)
    {
        var reader = new BerTlvReader(value);
        byte[]? exponent = null, modulus = null;
        while (reader.HasData)
        {
            var element = reader.ReadElement();
            if (element.Tag == ExponentTag) exponent = element.Value.ToArray();
            else if (element.Tag == ModulusTag) modulus = element.Value.ToArray();
        }
        if (exponent is null || modulus is null || exponent.Length == 0 || modulus.Length < 128)
            throw new CardProtocolException($"{field}: RSA exponent or modulus missing.");
        return new RSAParameters { Exponent = exponent, Modulus = modulus };
    }

    public static byte[] Encode(RSAParameters key) =>
        new BerTlvWriter().Write(ExponentTag, key.Exponent).Write(ModulusTag, key.Modulus).ToArray();
}
