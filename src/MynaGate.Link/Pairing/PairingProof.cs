using System.Security.Cryptography;
using System.Text;
using MynaGate.Link.Identity;

namespace MynaGate.Link.Pairing;

/// <summary>
/// Binds the one-time code the reader shows to the two certificates of the TLS connection that carries it: each side
/// proves it knows the code with an HMAC over both pins and its role. A machine in the middle presents other
/// certificates, so its proofs never verify, and a guessed code is spent after a few tries.
/// </summary>
public static class PairingProof
{
    public const int CodeLength = 6;

    public const string TerminalRole = "terminal";
    public const string ReaderRole = "reader";

    /// <summary>A fresh one-time code of <see cref="CodeLength"/> digits from a CSPRNG.</summary>
    public static string NewCode()
    {
        Span<char> digits = stackalloc char[CodeLength];
        for (int i = 0; i < digits.Length; i++) digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        return new string(digits);
    }

    public static string Compute(string code, string role, CertificatePin reader, CertificatePin terminal)
    {
        byte[] key = Encoding.ASCII.GetBytes(code);
        byte[] message = Encoding.ASCII.GetBytes($"MynaGate-Pairing-v1|{role}|{reader.Sha256}|{terminal.Sha256}");
        string proof = Convert.ToHexString(HMACSHA256.HashData(key, message));
        CryptographicOperations.ZeroMemory(key);
        return proof;
    }

    public static bool Verify(string code, string role, CertificatePin reader, CertificatePin terminal, string proof)
    {
        string expected = Compute(code, role, reader, terminal);
        return proof.Length == expected.Length &&
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(proof.ToUpperInvariant()));
    }
}
