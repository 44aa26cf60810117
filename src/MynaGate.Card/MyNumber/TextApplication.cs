using System.Security.Cryptography;
using MynaGate.Card.Secrets;
using MynaGate.Card.Transport;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// 券面事項入力補助AP (spec §1.6): 基本4情報 as text, opened by its own 4-digit PIN (EF 0011, 3 tries) or 照合番号B
/// (EF 0015). The 個人番号 (EF 0001) is deliberately not offered: the health-insurance flow never needs it.
/// </summary>
public sealed class TextApplication
{
    public static ReadOnlySpan<byte> Aid => [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08];

    /// <summary>基本4情報: PIN or 照合番号B.</summary>
    public const ushort BasicFourInfoFile = 0x0002;
    /// <summary>券面事項入力補助用暗証番号: 4 digits, 3 tries.</summary>
    public const ushort PinFile = 0x0011;
    /// <summary>照合番号B key reference.</summary>
    public const ushort VerificationCodeBFile = 0x0015;

    private readonly CardSession _session;

    internal TextApplication(CardSession session) => _session = session;

    public RetryStatus GetPinRetries()
    {
        _session.EnsureApplication(Aid);
        return _session.GetRetries(PinFile);
    }

    public VerifyResult VerifyPin(CardSecret pin)
    {
        if (pin.Length != 4) throw new ArgumentException("The text AP PIN has 4 digits.", nameof(pin));
        _session.EnsureApplication(Aid);
        return _session.Verify(PinFile, pin);
    }

    public BasicFourInfo ReadBasicFourInfo()
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(BasicFourInfoFile);
        byte[] record = _session.ReadTlvFile("基本4情報");
        try
        {
            return BasicFourInfo.Parse(record);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(record);
        }
    }
}
