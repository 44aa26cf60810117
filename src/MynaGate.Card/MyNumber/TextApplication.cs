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
    /// <summary>Integrity record: the hashes of EF 0001 and EF 0002 and the issuer's signature; PIN or either 照合番号.</summary>
    public const ushort IntegrityFile = 0x0003;
    /// <summary>AP card-verifiable certificate: free.</summary>
    public const ushort ApCertificateFile = 0x0004;
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

    /// <summary>One VERIFY of 照合番号B (the same 14 digits as the card-face AP's; this AP counts its own tries).</summary>
    public VerifyResult VerifyCodeB(CardSecret code)
    {
        if (code.Length != CardFaceApplication.VerificationCodeBLength) throw new ArgumentException("照合番号B has 14 digits.", nameof(code));
        _session.EnsureApplication(Aid);
        return _session.Verify(VerificationCodeBFile, code);
    }

    /// <summary>The name, birth date and sex of 基本4情報, kept out of strings; the card answers 6982 unless the PIN or 照合番号B was verified.</summary>
    public TextIdentity ReadIdentity()
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(BasicFourInfoFile);
        byte[] record = _session.ReadTlvFile("基本4情報");
        try
        {
            return TextIdentity.Parse(record);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(record);
        }
    }

    public TextIntegrityRecord ReadIntegrityRecord()
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(IntegrityFile);
        return TextIntegrityRecord.Parse(_session.ReadTlvFile("text AP integrity record"));
    }

    public ApCertificate ReadApCertificate()
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(ApCertificateFile);
        return ApCertificate.Parse(_session.ReadTlvFile("AP certificate"));
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
