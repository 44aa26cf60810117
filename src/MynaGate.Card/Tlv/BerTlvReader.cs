namespace MynaGate.Card.Tlv;

/// <summary>
/// Forward-only reader of BER-TLV (ISO/IEC 7816-4 §5.2, definite lengths only). Every length is checked against
/// the remaining input: a value that would run past the buffer is a <see cref="CardProtocolException"/>, never an
/// index error. The reader advances only when an element was read completely.
/// </summary>
public ref struct BerTlvReader
{
    private ReadOnlySpan<byte> _remaining;

    public BerTlvReader(ReadOnlySpan<byte> data) => _remaining = data;

    public readonly bool HasData => !_remaining.IsEmpty;

    /// <summary>The bytes not yet consumed.</summary>
    public readonly ReadOnlySpan<byte> Remaining => _remaining;

    /// <summary>Reads the next element; throws <see cref="CardProtocolException"/> on malformed input.</summary>
    public BerTlvElement ReadElement()
    {
        if (!TryReadElement(out var element, out string? error))
            throw new CardProtocolException(error);
        return element;
    }

    /// <summary>Reads the next element and requires its tag.</summary>
    public ReadOnlySpan<byte> ReadValue(uint expectedTag)
    {
        var element = ReadElement();
        if (element.Tag != expectedTag)
            throw new CardProtocolException($"Expected tag {expectedTag:X} but found {element.Tag:X}.");
        return element.Value;
    }

    public bool TryReadElement(out BerTlvElement element, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        element = default;
        if (!TryDecodeHeader(_remaining, out uint tag, out int headerLength, out int valueLength, out error))
            return false;
        if (valueLength > _remaining.Length - headerLength)
        {
            error = $"TLV {tag:X}: length {valueLength} runs past the {_remaining.Length - headerLength} bytes left.";
            return false;
        }
        element = new BerTlvElement(tag, _remaining.Slice(headerLength, valueLength));
        _remaining = _remaining[(headerLength + valueLength)..];
        return true;
    }

    /// <summary>
    /// Decodes the tag and length fields without requiring the value to be present: used to learn how long a file
    /// is from its first bytes.
    /// </summary>
    public static bool TryDecodeHeader(ReadOnlySpan<byte> data, out uint tag, out int headerLength, out int valueLength,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        tag = 0;
        headerLength = 0;
        valueLength = 0;
        if (data.IsEmpty)
        {
            error = "TLV: no data.";
            return false;
        }
        int pos = 0;
        tag = data[pos++];
        if ((tag & 0x1F) == 0x1F)
        {
            // subsequent tag bytes while b8 is set; more than 3 tag bytes is not used by any card file
            while (true)
            {
                if (pos >= data.Length)
                {
                    error = "TLV: tag truncated.";
                    return false;
                }
                if (pos >= 3)
                {
                    error = "TLV: tag longer than 3 bytes.";
                    return false;
                }
                byte b = data[pos++];
                tag = (tag << 8) | b;
                if ((b & 0x80) == 0) break;
            }
        }
        if (pos >= data.Length)
        {
            error = $"TLV {tag:X}: length missing.";
            return false;
        }
        byte first = data[pos++];
        if (first < 0x80)
        {
            valueLength = first;
        }
        else
        {
            int count = first & 0x7F;
            if (count == 0 || count > 3)
            {
                error = count == 0 ? $"TLV {tag:X}: indefinite length not allowed." : $"TLV {tag:X}: length field of {count} bytes.";
                return false;
            }
            if (data.Length - pos < count)
            {
                error = $"TLV {tag:X}: length field truncated.";
                return false;
            }
            for (int i = 0; i < count; i++) valueLength = (valueLength << 8) | data[pos++];
        }
        headerLength = pos;
        error = null;
        return true;
    }
}

/// <summary>One decoded TLV: the tag (1–3 bytes, big-endian) and a view of its value.</summary>
public readonly ref struct BerTlvElement
{
    public BerTlvElement(uint tag, ReadOnlySpan<byte> value)
    {
        Tag = tag;
        Value = value;
    }

    public uint Tag { get; }
    public ReadOnlySpan<byte> Value { get; }

    /// <summary>Constructed when b6 of the first tag byte is set.</summary>
    public bool IsConstructed
    {
        get
        {
            uint first = Tag;
            while (first > 0xFF) first >>= 8;
            return (first & 0x20) != 0;
        }
    }
}
