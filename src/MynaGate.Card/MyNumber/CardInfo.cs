using System.Text;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// 共通AP EF 0001 record 1 (spec §1.8): tag 01, 28 ASCII digits = card serial (15) + municipality code (5) +
/// expiry YYYYMMDD. Readable with no credential, so the expiry year of 照合番号B can be cross-checked.
/// </summary>
public sealed record CardInfo(string SerialNumber, string MunicipalityCode, DateOnly Expiry)
{
    public const byte RecordTag = 0x01;
    public const int DigitCount = 28;

    public static CardInfo Parse(ReadOnlySpan<byte> record)
    {
        if (record.Length < 2 || record[0] != RecordTag || record[1] != DigitCount || record.Length < 2 + DigitCount)
            throw new CardProtocolException("Card info: expected tag 01 with 28 digits.");
        string digits = CardFields.Digits(record.Slice(2, DigitCount), DigitCount, "card info");
        return new CardInfo(digits[..15], digits[15..20], CardFields.Date(Encoding.ASCII.GetBytes(digits[20..]), "card expiry"));
    }

    public byte[] Encode() => [RecordTag, DigitCount, .. Encoding.ASCII.GetBytes($"{SerialNumber}{MunicipalityCode}{Expiry:yyyyMMdd}")];

    public override string ToString() => $"CardInfo expiry {Expiry:yyyy-MM-dd}";
}
