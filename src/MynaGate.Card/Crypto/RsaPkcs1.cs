using System.Numerics;
using System.Security.Cryptography;

namespace MynaGate.Card.Crypto;

/// <summary>
/// RSASSA-PKCS1-v1_5 over a DigestInfo given as bytes (RFC 8017 §8.2, EMSA-PKCS1-v1_5 step 5 onwards). .NET's RSA
/// only signs a hash it wraps itself; the card signs whatever DigestInfo it is given (JICSAP scheme 00) and the
/// card-face record is signed over a 96-byte digest, so both sides need the padding applied to raw bytes.
/// </summary>
public static class RsaPkcs1
{
    public static byte[] Sign(RSAParameters key, ReadOnlySpan<byte> digestInfo)
    {
        if (key.D is null || key.P is null || key.Q is null || key.DP is null || key.DQ is null || key.InverseQ is null)
            throw new ArgumentException("A private key with CRT parameters is required.", nameof(key));
        int k = key.Modulus!.Length;
        var m = ToInteger(Pad(digestInfo, k));
        // CRT: s = s2 + q * (qInv * (s1 - s2) mod p)
        var p = ToInteger(key.P);
        var q = ToInteger(key.Q);
        var s1 = BigInteger.ModPow(m % p, ToInteger(key.DP), p);
        var s2 = BigInteger.ModPow(m % q, ToInteger(key.DQ), q);
        var h = ToInteger(key.InverseQ) * (s1 - s2) % p;
        if (h.Sign < 0) h += p;
        return ToBytes(s2 + q * h, k);
    }

    public static bool Verify(RSAParameters publicKey, ReadOnlySpan<byte> digestInfo, ReadOnlySpan<byte> signature)
    {
        int k = publicKey.Modulus!.Length;
        if (signature.Length != k) return false;
        var n = ToInteger(publicKey.Modulus);
        var s = ToInteger(signature);
        if (s >= n) return false;
        byte[] recovered = ToBytes(BigInteger.ModPow(s, ToInteger(publicKey.Exponent!), n), k);
        byte[] expected;
        try
        {
            expected = Pad(digestInfo, k);
        }
        catch (ArgumentException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(recovered, expected);
    }

    /// <summary>EM = 00 01 FF…FF 00 T, with at least 8 bytes of FF.</summary>
    private static byte[] Pad(ReadOnlySpan<byte> digestInfo, int k)
    {
        if (digestInfo.Length > k - 11) throw new ArgumentException("Input too long for the key.", nameof(digestInfo));
        var em = new byte[k];
        em[1] = 0x01;
        em.AsSpan(2, k - digestInfo.Length - 3).Fill(0xFF);
        digestInfo.CopyTo(em.AsSpan(k - digestInfo.Length));
        return em;
    }

    private static BigInteger ToInteger(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    private static byte[] ToBytes(BigInteger value, int length)
    {
        var result = new byte[length];
        value.TryWriteBytes(result.AsSpan(length - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return result;
    }
}
