using MynaGate.Card.Tlv;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// 基本4情報 from 券面事項入力補助AP EF 0002 (spec §1.6): FF20 { DF21 offsets, DF22 氏名, DF23 住所, DF24 生年月日,
/// DF25 性別 }. Parsed by TLV, not by the offset table; some cards issued around 2023 reportedly carry two extra bytes
/// before FF20, so the record is looked for within the first few bytes.
/// </summary>
public sealed record BasicFourInfo(string Name, string Address, DateOnly BirthDate, Sex Sex)
{
    public const uint RecordTag = 0xFF20;

    public static BasicFourInfo Parse(ReadOnlySpan<byte> file)
    {
        int start = file[..Math.Min(file.Length, 8)].IndexOf((ReadOnlySpan<byte>)[0xFF, 0x20]);
        if (start < 0) throw new CardProtocolException("基本4情報: no FF20 record.");
        var outer = new BerTlvReader(file[start..]);
        var body = new BerTlvReader(outer.ReadValue(RecordTag));
        string? name = null, address = null;
        DateOnly? birth = null;
        Sex? sex = null;
        while (body.HasData)
        {
            var element = body.ReadElement();
            switch (element.Tag)
            {
                case 0xDF22: name = CardFields.Utf8(element.Value, "name"); break;
                case 0xDF23: address = CardFields.Utf8(element.Value, "address"); break;
                case 0xDF24: birth = CardFields.Date(element.Value, "birth date"); break;
                case 0xDF25: sex = CardFields.Sex(element.Value, "sex"); break;
            }
        }
        if (name is null || address is null || birth is null || sex is null)
            throw new CardProtocolException("基本4情報: a field is missing.");
        return new BasicFourInfo(name, address, birth.Value, sex.Value);
    }

    /// <summary>Never prints the personal values.</summary>
    public override string ToString() => "BasicFourInfo [redacted]";
}
