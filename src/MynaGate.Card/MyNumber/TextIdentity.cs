using System.Security.Cryptography;
using System.Text;
using MynaGate.Card.Tlv;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// What the face path takes from 基本4情報 (EF 0002): the name as text, the birth date, the sex, and the SHA-256 of
/// the file as read, which the integrity record must name. The name is kept in a pinned array, never a string, and
/// zeroed on dispose; the address is not taken at all (nothing compares it).
/// </summary>
public sealed class TextIdentity : IDisposable
{
    private readonly char[] _name;
    private readonly int _nameLength;

    private TextIdentity(char[] name, int nameLength, DateOnly birthDate, Sex sex, byte[] recordSha256)
    {
        _name = name;
        _nameLength = nameLength;
        BirthDate = birthDate;
        Sex = sex;
        RecordSha256 = recordSha256;
    }

    public ReadOnlySpan<char> Name => _name.AsSpan(0, _nameLength);
    public DateOnly BirthDate { get; }
    public Sex Sex { get; }
    public byte[] RecordSha256 { get; }

    /// <summary>Parses the file by TLV, as <see cref="BasicFourInfo.Parse"/> does, without making strings of the name or address.</summary>
    public static TextIdentity Parse(ReadOnlySpan<byte> file)
    {
        int start = file[..Math.Min(file.Length, 8)].IndexOf((ReadOnlySpan<byte>)[0xFF, 0x20]);
        if (start < 0) throw new CardProtocolException("基本4情報: no FF20 record.");
        var body = new BerTlvReader(new BerTlvReader(file[start..]).ReadValue(BasicFourInfo.RecordTag));
        char[]? name = null;
        int nameLength = 0;
        DateOnly? birth = null;
        Sex? sex = null;
        try
        {
            while (body.HasData)
            {
                var element = body.ReadElement();
                switch (element.Tag)
                {
                    case 0xDF22: (name, nameLength) = Decode(element.Value); break;
                    case 0xDF24: birth = CardFields.Date(element.Value, "birth date"); break;
                    case 0xDF25: sex = CardFields.Sex(element.Value, "sex"); break;
                }
            }
            if (name is null || birth is null || sex is null) throw new CardProtocolException("基本4情報: a field is missing.");
            var identity = new TextIdentity(name, nameLength, birth.Value, sex.Value, SHA256.HashData(file));
            name = null;
            return identity;
        }
        finally
        {
            if (name is not null) Array.Clear(name);
        }
    }

    private static (char[] Chars, int Length) Decode(ReadOnlySpan<byte> utf8)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        char[] chars = GC.AllocateArray<char>(utf8.Length, pinned: true);
        try
        {
            return (chars, decoder.GetChars(utf8, chars));
        }
        catch (DecoderFallbackException e)
        {
            Array.Clear(chars);
            throw new CardProtocolException("name: not valid UTF-8.", e);
        }
    }

    public void Dispose() => Array.Clear(_name);

    /// <summary>Never prints the personal values.</summary>
    public override string ToString() => "TextIdentity [redacted]";
}
