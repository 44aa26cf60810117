using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MynaGate.Link.Assertions;

/// <summary>
/// Ties the face path's card-face record to the JPKI certificate it was sent with: a keyed hash of the birth date
/// and sex signed in the record, keyed with the session's challenge. The terminal computes the same over what the
/// national service answers for the certificate; a card carrying one person's record and another's certificate
/// gives two different hashes. Keyed and salted by the challenge, so the value shows nothing of the person and is
/// worth nothing in another session.
/// </summary>
public static class IdentityBinding
{
    /// <param name="sex">1 male or 2 female; anything else (not known, not applicable, 未設定) is left out of the comparison.</param>
    public static string Compute(ReadOnlySpan<byte> challenge, DateOnly birthDate, int sex)
    {
        string canonical = string.Create(CultureInfo.InvariantCulture,
            $"MynaGate-Identity-v1\n{birthDate:yyyyMMdd}\n{(sex is 1 or 2 ? sex.ToString(CultureInfo.InvariantCulture) : "-")}");
        return Convert.ToHexString(HMACSHA256.HashData(challenge, Encoding.ASCII.GetBytes(canonical)));
    }

    /// <summary>Constant-time comparison of two bindings.</summary>
    public static bool AreEqual(string? expected, string? presented) =>
        expected is not null && presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(presented));
}
