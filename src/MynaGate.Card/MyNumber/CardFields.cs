using System.Globalization;
using System.Text;

namespace MynaGate.Card.MyNumber;

/// <summary>Decoders for the small fixed-format values inside card records; bad values are protocol errors.</summary>
internal static class CardFields
{
    /// <summary>"YYYYMMDD" in ASCII (Gregorian), as in 券面 records and 基本4情報.</summary>
    public static DateOnly Date(ReadOnlySpan<byte> ascii, string field)
    {
        if (ascii.Length == 8 && DateOnly.TryParseExact(Encoding.ASCII.GetString(ascii), "yyyyMMdd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new CardProtocolException($"{field}: not a YYYYMMDD date.");
    }

    public static Sex Sex(ReadOnlySpan<byte> ascii, string field) => ascii switch
    {
        [(byte)'0'] => MyNumber.Sex.NotKnown,
        [(byte)'1'] => MyNumber.Sex.Male,
        [(byte)'2'] => MyNumber.Sex.Female,
        [(byte)'9'] => MyNumber.Sex.NotApplicable,
        _ => throw new CardProtocolException($"{field}: not an ISO 5218 code."),
    };

    public static string Utf8(ReadOnlySpan<byte> bytes, string field)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new CardProtocolException($"{field}: not valid UTF-8.", e);
        }
    }

    public static string Digits(ReadOnlySpan<byte> ascii, int length, string field)
    {
        if (ascii.Length != length) throw new CardProtocolException($"{field}: expected {length} digits.");
        foreach (byte b in ascii)
            if (b is < (byte)'0' or > (byte)'9') throw new CardProtocolException($"{field}: not all digits.");
        return Encoding.ASCII.GetString(ascii);
    }
}
