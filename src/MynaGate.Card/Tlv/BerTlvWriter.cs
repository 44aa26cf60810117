namespace MynaGate.Card.Tlv;

/// <summary>Builds BER-TLV with definite lengths (short form below 128, then 81/82/83).</summary>
public sealed class BerTlvWriter
{
    private readonly List<byte> _buffer = [];

    public int Length => _buffer.Count;

    public BerTlvWriter Write(uint tag, ReadOnlySpan<byte> value)
    {
        WriteTag(tag);
        WriteLength(value.Length);
        foreach (byte b in value) _buffer.Add(b);
        return this;
    }

    public BerTlvWriter WriteConstructed(uint tag, Action<BerTlvWriter> content)
    {
        var inner = new BerTlvWriter();
        content(inner);
        return Write(tag, inner.ToArray());
    }

    public byte[] ToArray() => [.. _buffer];

    private void WriteTag(uint tag)
    {
        if (tag > 0xFFFF) _buffer.Add((byte)(tag >> 16));
        if (tag > 0xFF) _buffer.Add((byte)(tag >> 8));
        _buffer.Add((byte)tag);
    }

    private void WriteLength(int length)
    {
        switch (length)
        {
            case < 0x80:
                _buffer.Add((byte)length);
                break;
            case <= 0xFF:
                _buffer.Add(0x81);
                _buffer.Add((byte)length);
                break;
            case <= 0xFFFF:
                _buffer.Add(0x82);
                _buffer.Add((byte)(length >> 8));
                _buffer.Add((byte)length);
                break;
            default:
                _buffer.Add(0x83);
                _buffer.Add((byte)(length >> 16));
                _buffer.Add((byte)(length >> 8));
                _buffer.Add((byte)length);
                break;
        }
    }
}
