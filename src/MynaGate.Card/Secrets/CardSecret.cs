using System.Security.Cryptography;

namespace MynaGate.Card.Secrets;

/// <summary>
/// A PIN, password or 照合番号 on its way to the card, held as ASCII in a pinned array (so the GC never leaves a
/// copy behind) and zeroed on dispose. It prints as asterisks and never appears in an exception message.
/// </summary>
public sealed class CardSecret : IDisposable
{
    private readonly byte[] _ascii;
    private bool _disposed;

    private CardSecret(int length) => _ascii = GC.AllocateArray<byte>(length, pinned: true);

    /// <summary>A digits-only secret of exactly <paramref name="length"/> digits (PIN: 4, 照合番号B: 14).</summary>
    public static CardSecret Digits(ReadOnlySpan<char> value, int length)
    {
        if (value.Length != length)
            throw new ArgumentException($"Expected {length} digits.", nameof(value));
        return FromChars(value, static c => c is >= '0' and <= '9', "digits 0-9");
    }

    /// <summary>The JPKI signature password: 6–16 characters, A–Z and 0–9 (spec §1.9).</summary>
    public static CardSecret SignaturePassword(ReadOnlySpan<char> value)
    {
        if (value.Length is < 6 or > 16)
            throw new ArgumentException("The signature password has 6 to 16 characters.", nameof(value));
        return FromChars(value, static c => c is >= '0' and <= '9' or >= 'A' and <= 'Z', "A-Z and 0-9");
    }

    private static CardSecret FromChars(ReadOnlySpan<char> value, Func<char, bool> allowed, string alphabet)
    {
        var secret = new CardSecret(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (!allowed(value[i]))
            {
                secret.Dispose();
                throw new ArgumentException($"Only {alphabet} are allowed.", nameof(value));
            }
            secret._ascii[i] = (byte)value[i];
        }
        return secret;
    }

    public int Length => _ascii.Length;

    /// <summary>The ASCII bytes for the VERIFY data field; valid until dispose.</summary>
    public ReadOnlyMemory<byte> Ascii
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _ascii;
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        CryptographicOperations.ZeroMemory(_ascii);
        _disposed = true;
    }

    public override string ToString() => new('*', _ascii.Length);
}
