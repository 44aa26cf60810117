using MynaGate.Calendar;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// 照合番号B (spec §1.8): 14 digits = birth date as 和暦 YYMMDD + the card's expiry year (Gregorian, 4 digits) +
/// the 4-digit セキュリティコード. Example from a test card: 1980-02-17, 2035, 2285 → 55021720352285.
/// </summary>
public static class VerificationCodeB
{
    public const int Length = 14;

    /// <summary>Composes the code into a caller-owned buffer, so it can be zeroed after use.</summary>
    public static void Compose(DateOnly birthDate, int expiryYear, ReadOnlySpan<char> securityCode, Span<char> destination)
    {
        if (expiryYear is < 1000 or > 9999) throw new ArgumentOutOfRangeException(nameof(expiryYear));
        if (securityCode.Length != 4 || !IsDigits(securityCode))
            throw new ArgumentException("The security code has 4 digits.", nameof(securityCode));
        if (destination.Length < Length) throw new ArgumentException("Destination too small.", nameof(destination));
        JapaneseEra.EraYyMmDd(birthDate).AsSpan().CopyTo(destination);
        expiryYear.TryFormat(destination[6..], out _, "0000", System.Globalization.CultureInfo.InvariantCulture);
        securityCode.CopyTo(destination[10..]);
    }

    private static bool IsDigits(ReadOnlySpan<char> value)
    {
        foreach (char c in value) if (c is < '0' or > '9') return false;
        return true;
    }
}
