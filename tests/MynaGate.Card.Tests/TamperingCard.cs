using MynaGate.Card.Virtual.Engine;

namespace MynaGate.Card.Tests;

/// <summary>
/// A virtual card whose answers are rewritten for one EF: the hostile or broken card of the tests. The rewrite sees
/// the READ BINARY offset and the genuine response.
/// </summary>
public sealed class TamperingCard(IVirtualCard inner, ushort fileId, Func<int, byte[], byte[]> rewrite) : IVirtualCard
{
    private ushort _selected;

    public byte[] Atr => inner.Atr;

    public byte[] PowerOn() => inner.PowerOn();

    public void PowerOff() => inner.PowerOff();

    public byte[] Process(ReadOnlySpan<byte> apdu)
    {
        byte[] response = inner.Process(apdu);
        if (apdu.Length == 7 && apdu[1] == 0xA4 && apdu[2] == 0x02) _selected = (ushort)((apdu[5] << 8) | apdu[6]);
        if (apdu.Length >= 4 && apdu[1] == 0xB0 && _selected == fileId)
            return rewrite((apdu[2] << 8) | apdu[3], response);
        return response;
    }
}
