namespace MynaGate.Card.MyNumber;

/// <summary>
/// 個人番号 check digit (spec §4.2, 総務省令第85号 第5条): 11 − (Σ Pn×Qn mod 11), 0 when the remainder ≤ 1; Pn is the
/// n-th digit from the right of the 11-digit body, Qn = n+1 for n ≤ 6, n−5 for 7 ≤ n ≤ 11.
/// </summary>
public static class MyNumberCheckDigit
{
    public static int Compute(ReadOnlySpan<char> body)
    {
        if (body.Length != 11) throw new ArgumentException("The body has 11 digits.", nameof(body));
        int sum = 0;
        for (int n = 1; n <= 11; n++)
        {
            int p = body[11 - n] - '0';
            if (p is < 0 or > 9) throw new ArgumentException("Digits only.", nameof(body));
            sum += p * (n <= 6 ? n + 1 : n - 5);
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    public static bool IsValid(ReadOnlySpan<char> number) =>
        number.Length == 12 && number[..11].ToString().All(char.IsAsciiDigit) && Compute(number[..11]) == number[11] - '0';
}
