using System.Security.Cryptography;
using MynaGate.Card.Crypto;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// What DF28 of the card-face record signs (spec §1.7): SHA256(DF22|DF23|DF24) ‖ SHA256(DF25|DF26) ‖ SHA256(DF27),
/// the 96 bytes wrapped in one DigestInfo. Each part is the element's complete TLV encoding. DF29 (expiry) and DF2A
/// (security-code image) are not covered. Shared by the verifier and the virtual card's issuer.
/// </summary>
public static class CardFaceSignature
{
    public static readonly uint[][] Groups = [[0xDF22, 0xDF23, 0xDF24], [0xDF25, 0xDF26], [0xDF27]];

    public static byte[] ComputeDigestInfo(IReadOnlyDictionary<uint, byte[]> encodedElements)
    {
        var digest = new byte[32 * Groups.Length];
        for (int g = 0; g < Groups.Length; g++)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (uint tag in Groups[g])
            {
                if (!encodedElements.TryGetValue(tag, out var encoded))
                    throw new CardProtocolException($"Card-face record lacks {tag:X4}.");
                hash.AppendData(encoded);
            }
            hash.GetHashAndReset(digest.AsSpan(32 * g));
        }
        return DigestInfo.WrapSha256Digest(digest);
    }
}
