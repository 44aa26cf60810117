namespace MynaGate.Card.Apdu;

/// <summary>A response APDU: data field and status word (ISO/IEC 7816-4 §5.1).</summary>
public sealed class ResponseApdu
{
    public ResponseApdu(byte[] data, StatusWord statusWord)
    {
        Data = data;
        StatusWord = statusWord;
    }

    public byte[] Data { get; }
    public StatusWord StatusWord { get; }

    /// <summary>Splits raw bytes from the transport; fewer than two bytes is a protocol error.</summary>
    public static ResponseApdu Parse(ReadOnlySpan<byte> raw)
    {
        if (raw.Length < 2)
            throw new CardProtocolException($"Response of {raw.Length} bytes has no status word.");
        return new ResponseApdu(raw[..^2].ToArray(), new StatusWord(raw[^2], raw[^1]));
    }

    public override string ToString() => $"{Data.Length} bytes, SW {StatusWord}";
}
