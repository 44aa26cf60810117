using MynaGate.Calendar;

namespace MynaGate.Ocr.Synthetic;

/// <summary>What a generated card face shows in the three fields that form 照合番号B.</summary>
public sealed record CardFaceTruth(DateOnly BirthDate, DateOnly Expiry, string SecurityCode)
{
    public string BirthEraYyMmDd => JapaneseEra.EraYyMmDd(BirthDate);

    public override string ToString() => "CardFaceTruth [redacted]";
}
