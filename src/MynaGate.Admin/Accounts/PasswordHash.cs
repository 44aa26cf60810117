using System.Security.Cryptography;
using System.Text;

namespace MynaGate.Admin.Accounts;

/// <summary>
/// A console password as stored: PBKDF2-HMAC-SHA256 with a random salt and the iteration count it was made with, so
/// the count can be raised later without breaking stored hashes.
/// </summary>
public sealed record PasswordHash(byte[] Salt, byte[] Hash, int Iterations)
{
    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA256 (2023).</summary>
    public const int DefaultIterations = 600_000;

    private const int SaltLength = 16;
    private const int HashLength = 32;

    public static PasswordHash Create(string password, int iterations = DefaultIterations)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(SaltLength);
        return new PasswordHash(salt, Derive(password, salt, iterations), iterations);
    }

    public bool Matches(string password)
    {
        byte[] candidate = Derive(password, Salt, Iterations);
        try
        {
            return CryptographicOperations.FixedTimeEquals(candidate, Hash);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(candidate);
        }
    }

    private static byte[] Derive(string password, byte[] salt, int iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        byte[] utf8 = Encoding.UTF8.GetBytes(password);
        try
        {
            return Rfc2898DeriveBytes.Pbkdf2(utf8, salt, iterations, HashAlgorithmName.SHA256, HashLength);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(utf8);
        }
    }
}
