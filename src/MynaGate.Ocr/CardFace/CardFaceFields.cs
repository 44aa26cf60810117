using System.Globalization;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// The three fields read from one frame of a card front, with each field's confidence (0–100: the lower of the two
/// engines' lowest character confidences). Personal data: held in memory for the reading only, as values rather than
/// strings (the security code is a number written with four digits only into a caller's buffer), and cleared by
/// <see cref="Clear"/> when the session ends. The engines' own result strings, from which these were parsed, cannot
/// be cleared: .NET strings are immutable, and they live until the garbage collector reuses their memory.
/// </summary>
public sealed class CardFaceFields(
    DateOnly birthDate, DateOnly expiry, int securityCode,
    float birthConfidence, float expiryConfidence, float securityCodeConfidence)
{
    private DateOnly _birthDate = birthDate;
    private DateOnly _expiry = expiry;
    private int _securityCode = securityCode;

    public DateOnly BirthDate => _birthDate;

    public DateOnly Expiry => _expiry;

    /// <summary>The security code as a number, 0–9999 (its four digits with leading zeros are <see cref="WriteSecurityCode"/>).</summary>
    public int SecurityCode => _securityCode;

    public float BirthConfidence { get; } = birthConfidence;

    public float ExpiryConfidence { get; } = expiryConfidence;

    public float SecurityCodeConfidence { get; } = securityCodeConfidence;

    /// <summary>Writes the security code's four digits into a caller-owned buffer.</summary>
    public void WriteSecurityCode(Span<char> destination) =>
        _securityCode.TryFormat(destination, out _, "D4", CultureInfo.InvariantCulture);

    /// <summary>Whether two readings name the same three values.</summary>
    public bool SameValues(CardFaceFields other) =>
        other is not null && BirthDate == other.BirthDate && Expiry == other.Expiry && SecurityCode == other.SecurityCode;

    /// <summary>Overwrites the values (the session has ended).</summary>
    public void Clear()
    {
        _birthDate = default;
        _expiry = default;
        _securityCode = 0;
    }

    public override string ToString() => "CardFaceFields [redacted]";
}
