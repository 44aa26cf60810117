using MynaGate.Card.MyNumber;

namespace MynaGate.Card.Virtual.Personas;

/// <summary>
/// Everything printed on and stored in one fictitious person's My Number Card. Generated from a seed; the photo is
/// a parameter (JPEG 2000 bytes) so the same persona can carry a dataset face.
/// </summary>
public sealed record Persona
{
    public required string Name { get; init; }
    /// <summary>The reading in half-width katakana, as insurers register it and the qualification XML carries it.</summary>
    public required string NameKana { get; init; }
    public required string Address { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required Sex Sex { get; init; }
    public required DateOnly CardExpiry { get; init; }
    public required string SecurityCode { get; init; }
    /// <summary>The 4-digit PIN, set alike for JPKI user-auth and the text AP, as most holders do.</summary>
    public required string Pin { get; init; }
    /// <summary>The 4-digit スマホ用PIN of the holder's Android phone (R32): set on the phone, apart from the card's.</summary>
    public string PhonePin { get; init; } = "";
    public required string SignaturePassword { get; init; }
    public required string MyNumber { get; init; }
    public required string CardSerial { get; init; }
    public required string MunicipalityCode { get; init; }
    /// <summary>Whether the holder set a PIN (顔認証マイナンバーカード have none, spec §1.9).</summary>
    public bool HasPin { get; init; } = true;
    /// <summary>Under-15s have no signature certificate.</summary>
    public bool HasSignatureCertificate { get; init; } = true;

    /// <summary>照合番号B as the card expects it.</summary>
    public string VerificationCodeB
    {
        get
        {
            Span<char> code = stackalloc char[Card.MyNumber.VerificationCodeB.Length];
            Card.MyNumber.VerificationCodeB.Compose(BirthDate, CardExpiry.Year, SecurityCode, code);
            return new string(code);
        }
    }

    /// <summary>Personal values never print.</summary>
    public override string ToString() => "Persona [redacted]";
}
