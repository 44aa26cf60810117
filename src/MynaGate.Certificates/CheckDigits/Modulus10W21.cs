namespace MynaGate.Certificates.CheckDigits;

/// <summary>
/// The check digit of 保険者番号, 公費負担者番号, 受給者番号 and 医療機関コード (spec §4.1, MHLW 設定要領): from the
/// last digit of the body, multiply by 2 and 1 alternately, add the digits of each product, and take 10 minus the
/// last digit of the sum (0 when that digit is 0).
/// </summary>
public static class Modulus10W21
{
    /// <param name="body">All digits except the check digit.</param>
    public static int Compute(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty)
        {
            throw new ArgumentException("The body has at least one digit.", nameof(body));
        }

        int sum = 0, weight = 2;
        for (int i = body.Length - 1; i >= 0; i--)
        {
            int digit = body[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException("Digits only.", nameof(body));
            }

            int product = digit * weight;
            sum += (product / 10) + (product % 10);
            weight = weight == 2 ? 1 : 2;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>Whether the last digit of <paramref name="number"/> is the check digit of the rest.</summary>
    public static bool IsValid(ReadOnlySpan<char> number)
    {
        if (number.Length < 2)
        {
            return false;
        }

        foreach (char c in number)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return Compute(number[..^1]) == number[^1] - '0';
    }
}
