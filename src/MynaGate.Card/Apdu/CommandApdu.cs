namespace MynaGate.Card.Apdu;

/// <summary>
/// An immutable command APDU (ISO/IEC 7816-4 §5.1). Short form is used whenever the data and Ne fit
/// (Lc ≤ 255, Ne ≤ 256); otherwise the extended form.
/// </summary>
public sealed class CommandApdu
{
    public const int MaxShortNe = 256;
    public const int MaxExtendedNe = 65536;
    public const int MaxExtendedLc = 65535;

    public CommandApdu(byte cla, byte ins, byte p1, byte p2, ReadOnlyMemory<byte> data = default, int ne = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ne);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ne, MaxExtendedNe);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, MaxExtendedLc, nameof(data));
        Cla = cla;
        Ins = ins;
        P1 = p1;
        P2 = p2;
        Data = data;
        Ne = ne;
    }

    public byte Cla { get; }
    public byte Ins { get; }
    public byte P1 { get; }
    public byte P2 { get; }
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Maximum number of response bytes expected; 0 means no Le field.</summary>
    public int Ne { get; }

    public bool IsExtended => Data.Length > 255 || Ne > MaxShortNe;

    public CommandApdu WithNe(int ne) => new(Cla, Ins, P1, P2, Data, ne);

    public int EncodedLength
    {
        get
        {
            int length = 4;
            if (IsExtended)
            {
                if (!Data.IsEmpty) length += 3 + Data.Length;
                if (Ne > 0) length += Data.IsEmpty ? 3 : 2;
            }
            else
            {
                if (!Data.IsEmpty) length += 1 + Data.Length;
                if (Ne > 0) length += 1;
            }
            return length;
        }
    }

    /// <summary>Encodes into <paramref name="destination"/> and returns the bytes written.</summary>
    public int Encode(Span<byte> destination)
    {
        int length = EncodedLength;
        if (destination.Length < length) throw new ArgumentException("Destination too small.", nameof(destination));
        destination[0] = Cla;
        destination[1] = Ins;
        destination[2] = P1;
        destination[3] = P2;
        int pos = 4;
        if (IsExtended)
        {
            if (!Data.IsEmpty)
            {
                destination[pos++] = 0;
                destination[pos++] = (byte)(Data.Length >> 8);
                destination[pos++] = (byte)Data.Length;
                Data.Span.CopyTo(destination[pos..]);
                pos += Data.Length;
            }
            if (Ne > 0)
            {
                if (Data.IsEmpty) destination[pos++] = 0;
                int le = Ne == MaxExtendedNe ? 0 : Ne;
                destination[pos++] = (byte)(le >> 8);
                destination[pos++] = (byte)le;
            }
        }
        else
        {
            if (!Data.IsEmpty)
            {
                destination[pos++] = (byte)Data.Length;
                Data.Span.CopyTo(destination[pos..]);
                pos += Data.Length;
            }
            if (Ne > 0) destination[pos++] = (byte)(Ne == MaxShortNe ? 0 : Ne);
        }
        return pos;
    }

    public byte[] ToArray()
    {
        var buffer = new byte[EncodedLength];
        Encode(buffer);
        return buffer;
    }

    /// <summary>True for commands whose data field is a secret (VERIFY, CHANGE REFERENCE DATA, JICSAP CHANGE KEY).</summary>
    public bool CarriesSecret => Ins is 0x20 or 0x24 || (Cla == 0x80 && Ins == 0x32);

    /// <summary>Header and lengths only; the data of secret-bearing commands is never printed.</summary>
    public override string ToString()
    {
        string data = Data.IsEmpty ? "" : CarriesSecret ? $" Lc={Data.Length} [redacted]" : $" Lc={Data.Length} {Convert.ToHexString(Data.Span)}";
        string le = Ne > 0 ? $" Ne={Ne}" : "";
        return $"{Cla:X2} {Ins:X2} {P1:X2} {P2:X2}{data}{le}";
    }
}
