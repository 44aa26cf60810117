using MynaGate.Card.Transport;

namespace MynaGate.Card.MyNumber;

/// <summary>共通カードAP (spec §1.2, §1.8): card information without any credential.</summary>
public sealed class CommonApplication
{
    public static ReadOnlySpan<byte> Aid => [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x01, 0x00];

    public const ushort CardInfoFile = 0x0001;

    private readonly CardSession _session;

    internal CommonApplication(CardSession session) => _session = session;

    public CardInfo ReadCardInfo()
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(CardInfoFile);
        return CardInfo.Parse(_session.ReadRecord(1, 2 + CardInfo.DigitCount));
    }
}
