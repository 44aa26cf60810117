namespace MynaGate.Ocr.CardFace;

/// <summary>
/// The three fields read from one frame of a card front, with each field's confidence (0–100: the lower of the two
/// engines' lowest character confidences). Personal data: held in memory for the reading only.
/// </summary>
public sealed record CardFaceFields(
    DateOnly BirthDate, DateOnly Expiry, string SecurityCode,
    float BirthConfidence, float ExpiryConfidence, float SecurityCodeConfidence)
{
    /// <summary>Whether two readings name the same three values.</summary>
    public bool SameValues(CardFaceFields other) =>
        other is not null && BirthDate == other.BirthDate && Expiry == other.Expiry &&
        string.Equals(SecurityCode, other.SecurityCode, StringComparison.Ordinal);

    public override string ToString() => "CardFaceFields [redacted]";
}
