namespace MynaGate.Card.Virtual.Engine;

/// <summary>A command APDU as the card decodes it (ISO/IEC 7816-4 §5.1 cases 1–4, short and extended).</summary>
internal readonly ref struct DecodedCommand
{
    public DecodedCommand(byte cla, byte ins, byte p1, byte p2, ReadOnlySpan<byte> data, int ne, bool extended)
    {
        Cla = cla;
        Ins = ins;
        P1 = p1;
        P2 = p2;
        Data = data;
        Ne = ne;
        IsExtended = extended;
    }

    public byte Cla { get; }
    public byte Ins { get; }
    public byte P1 { get; }
    public byte P2 { get; }
    public ReadOnlySpan<byte> Data { get; }

    /// <summary>Expected response length; 0 when the command had no Le.</summary>
    public int Ne { get; }

    public bool IsExtended { get; }

    /// <summary>False when the lengths do not add up: the card answers 6700.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> apdu, out DecodedCommand command)
    {
        command = default;
        if (apdu.Length < 4) return false;
        byte cla = apdu[0], ins = apdu[1], p1 = apdu[2], p2 = apdu[3];
        var body = apdu[4..];
        if (body.IsEmpty)
        {
            command = new DecodedCommand(cla, ins, p1, p2, default, 0, false);
            return true;
        }
        if (body.Length == 1)
        {
            command = new DecodedCommand(cla, ins, p1, p2, default, body[0] == 0 ? 256 : body[0], false);
            return true;
        }
        if (body[0] != 0)
        {
            int lc = body[0];
            if (body.Length == 1 + lc)
            {
                command = new DecodedCommand(cla, ins, p1, p2, body.Slice(1, lc), 0, false);
                return true;
            }
            if (body.Length == 2 + lc)
            {
                int le = body[^1];
                command = new DecodedCommand(cla, ins, p1, p2, body.Slice(1, lc), le == 0 ? 256 : le, false);
                return true;
            }
            return false;
        }
        // extended: 00 followed by two length bytes
        if (body.Length == 3)
        {
            int le = (body[1] << 8) | body[2];
            command = new DecodedCommand(cla, ins, p1, p2, default, le == 0 ? 65536 : le, true);
            return true;
        }
        if (body.Length < 3) return false;
        int extendedLc = (body[1] << 8) | body[2];
        if (extendedLc == 0) return false;
        if (body.Length == 3 + extendedLc)
        {
            command = new DecodedCommand(cla, ins, p1, p2, body.Slice(3, extendedLc), 0, true);
            return true;
        }
        if (body.Length == 5 + extendedLc)
        {
            int le = (body[^2] << 8) | body[^1];
            command = new DecodedCommand(cla, ins, p1, p2, body.Slice(3, extendedLc), le == 0 ? 65536 : le, true);
            return true;
        }
        return false;
    }
}
