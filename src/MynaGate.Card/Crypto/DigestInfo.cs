using System.Security.Cryptography;

namespace MynaGate.Card.Crypto;

/// <summary>DER DigestInfo for SHA-256 (RFC 8017 §9.2 note 1), as the card's signature schemes expect.</summary>
public static class DigestInfo
{
    /// <summary>30 31 30 0D 06 09 60 86 48 01 65 03 04 02 01 05 00 04 20 — followed by the 32-byte hash.</summary>
    private static ReadOnlySpan<byte> Sha256Prefix =>
        [0x30, 0x31, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20];

    public static byte[] Sha256(ReadOnlySpan<byte> message) => WrapSha256Digest(SHA256.HashData(message));

    /// <summary>
    /// Wraps a digest under the SHA-256 identifier. The card-face record signature wraps 96 bytes (three SHA-256
    /// hashes) this way (spec §1.7), so the length is taken from the input, not fixed at 32.
    /// </summary>
    public static byte[] WrapSha256Digest(ReadOnlySpan<byte> digest)
    {
        if (digest.Length > 127) throw new ArgumentException("Digest too long for a short-form DigestInfo.", nameof(digest));
        var result = new byte[Sha256Prefix.Length + digest.Length];
        Sha256Prefix.CopyTo(result);
        result[1] = (byte)(result.Length - 2);
        result[18] = (byte)digest.Length;
        digest.CopyTo(result.AsSpan(Sha256Prefix.Length));
        return result;
    }
}
