using System.Security.Cryptography;

namespace MynaGate.Link.Pairing;

/// <summary>The one-time code a reader shows while unpaired: the shared secret of the pairing exchange.</summary>
public static class PairingCode
{
    public const int Length = 6;

    /// <summary>How long a shown code stays valid before the reader shows a new one.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>A fresh code of <see cref="Length"/> digits from a CSPRNG.</summary>
    public static string New()
    {
        Span<char> digits = stackalloc char[Length];
        for (int i = 0; i < digits.Length; i++) digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        return new string(digits);
    }

    /// <summary>Six ASCII digits, as a person types them off the reader's screen.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(char.IsAsciiDigit);
}
