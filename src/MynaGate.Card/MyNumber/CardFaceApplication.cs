using System.Security.Cryptography;
using MynaGate.Card.Crypto;
using MynaGate.Card.Secrets;
using MynaGate.Card.Transport;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// 券面事項確認AP (spec §1.7): the printed card face in the chip, photo included. 照合番号B (EF 0012, 14 digits,
/// 10 tries) opens the card-face record; the AP certificate is free. Both 照合番号 travel in clear.
/// </summary>
public sealed class CardFaceApplication
{
    public static ReadOnlySpan<byte> Aid => [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x02];

    /// <summary>Card-face record (FF20): opened by 照合番号A or B.</summary>
    public const ushort CardFaceFile = 0x0002;
    /// <summary>AP card-verifiable certificate: free.</summary>
    public const ushort ApCertificateFile = 0x0004;
    /// <summary>照合番号B key reference: 生年月日 (和暦 YYMMDD) + 有効期限 year + セキュリティコード.</summary>
    public const ushort VerificationCodeBFile = 0x0012;

    public const int VerificationCodeBLength = 14;

    private readonly CardSession _session;

    internal CardFaceApplication(CardSession session) => _session = session;

    public RetryStatus GetVerificationCodeBRetries()
    {
        _session.EnsureApplication(Aid);
        return _session.GetRetries(VerificationCodeBFile);
    }

    /// <summary>One VERIFY of 照合番号B. The card locks after 10 wrong ones: send only a value you are sure of.</summary>
    public VerifyResult VerifyCodeB(CardSecret code)
    {
        if (code.Length != VerificationCodeBLength) throw new ArgumentException("照合番号B has 14 digits.", nameof(code));
        _session.EnsureApplication(Aid);
        return _session.Verify(VerificationCodeBFile, code);
    }

    /// <summary>Reads and parses the card-face record; the card answers 6982 unless 照合番号 A or B was verified.</summary>
    public CardFace ReadCardFace()
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(CardFaceFile);
        byte[] record = _session.ReadTlvFile("card-face record");
        try
        {
            return CardFace.Parse(record);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(record);
        }
    }

    /// <summary>Bytes of card randomness the card-key proof signs.</summary>
    public const int ChallengeLength = 32;

    /// <summary>
    /// Proves the card in the slot holds the private half of <paramref name="cardKey"/> (the record's DF24): the card
    /// signs a challenge of its own making, salted with <paramref name="nonce"/> of ours, with the AP's key (EF 001A,
    /// no credential). A record copied from another card carries that card's key, and fails here. Spec §1.7 signs
    /// the card's challenge alone; our nonce goes in too, because a programmable card chooses its own "challenge" and
    /// could replay a signature it recorded. Assumption: the card signs the DigestInfo it is given (P1 00) without
    /// checking it against its last challenge; a real card that insists would need the nonce dropped.
    /// </summary>
    public bool ProvesCardKey(RSAParameters cardKey, ReadOnlySpan<byte> nonce)
    {
        _session.EnsureApplication(Aid);
        byte[] challenge = _session.GetChallenge(ChallengeLength);
        byte[] signed = [.. challenge, .. nonce];
        byte[] digestInfo = DigestInfo.Sha256(signed);
        byte[] signature = _session.ComputeSignatureWithApplicationKey(0x00, digestInfo);
        return RsaPkcs1.Verify(cardKey, digestInfo, signature);
    }

    public ApCertificate ReadApCertificate()
    {
        _session.EnsureApplication(Aid);
        _session.SelectFile(ApCertificateFile);
        return ApCertificate.Parse(_session.ReadTlvFile("AP certificate"));
    }
}
