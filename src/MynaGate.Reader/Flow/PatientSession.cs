using System.Security.Cryptography;
using MynaGate.Card.MyNumber;
using MynaGate.Certificates;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.Reader.Flow;

/// <summary>
/// Everything one patient's verification holds: the PIN as typed, the card-face record with its photo, the text AP's name, the face
/// reference, the certificate, the card's signature, the consent answers, the prescription choice and a paper certificate's reading. Secrets live in pinned arrays (no GC
/// copies) and everything is zeroed on dispose, whatever ended the session (R27).
/// </summary>
public sealed class PatientSession : IDisposable
{
    public const int PinLength = 4;

    private readonly char[] _pin = GC.AllocateArray<char>(PinLength, pinned: true);
    private readonly char[] _code = GC.AllocateArray<char>(CardFaceApplication.VerificationCodeBLength, pinned: true);
    private readonly List<byte[]> _cardData = [];

    public string Id { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    public int PinDigits { get; private set; }
    public CardFace? CardFace { get; set; }
    /// <summary>The text AP's name, birth date and sex, read with 照合番号B beside the card-face record.</summary>
    public TextIdentity? Identity { get; set; }
    public List<ConsentAnswer> Consents { get; } = [];
    /// <summary>The prescription the patient asked for, when the clinic asks (R35).</summary>
    public PrescriptionIssue? Prescription { get; set; }
    /// <summary>The answer to the 医療費助成 question, when it was asked (R39).</summary>
    public bool? UseMedicalSubsidies { get; set; }
    /// <summary>
    /// 公費 paper mode: what was read from the paper certificate. Its values are managed strings, which cannot be
    /// zeroed; the session drops them at its end.
    /// </summary>
    public CertificateReading? PaperCertificate { get; set; }
    public bool IsWiped { get; private set; }

    public void AddPinDigit(int digit)
    {
        if (PinDigits < PinLength) _pin[PinDigits++] = (char)('0' + digit);
    }

    public void RemovePinDigit()
    {
        if (PinDigits > 0) _pin[--PinDigits] = '\0';
    }

    public void ClearPin()
    {
        Array.Clear(_pin);
        PinDigits = 0;
    }

    public ReadOnlySpan<char> Pin => _pin.AsSpan(0, PinDigits);

    /// <summary>The buffer 照合番号B is composed into; cleared right after the VERIFY.</summary>
    public Span<char> VerificationCode => _code;

    /// <summary>Card data (certificate, signatures) copied into the session so it is zeroed with it.</summary>
    public byte[] Keep(byte[] data)
    {
        _cardData.Add(data);
        return data;
    }

    /// <summary>Tests: every buffer the session owned is zero and its card-face record and identity are gone (the face step's reference goes with the step, <see cref="IFaceMatch"/>).</summary>
    internal bool OwnedMemoryIsZero() =>
        IsWiped && _pin.All(c => c == '\0') && _code.All(c => c == '\0') && _cardData.All(d => d.All(b => b == 0))
        && CardFace is null && Identity is null && PaperCertificate is null && Consents.Count == 0 && Prescription is null && UseMedicalSubsidies is null;

    public void Dispose()
    {
        if (IsWiped) return;
        Array.Clear(_pin);
        Array.Clear(_code);
        foreach (var data in _cardData) CryptographicOperations.ZeroMemory(data);
        CardFace?.Dispose();
        CardFace = null;
        Identity?.Dispose();
        Identity = null;
        Consents.Clear();
        Prescription = null;
        UseMedicalSubsidies = null;
        PaperCertificate = null;
        PinDigits = 0;
        IsWiped = true;
    }
}
