namespace MynaGate.Card.MyNumber;

/// <summary>
/// JPKI EF 0008 (spec §1.5): 3 bytes, <c>8F 8F 00</c> when both certificates are present; the signature certificate
/// is absent for under-15s. Which byte stands for which certificate is not stated in the sources; we read byte 0 as
/// the signature certificate and byte 1 as the user-auth certificate, 8F meaning present.
/// </summary>
public readonly record struct CertificateAvailability(bool SignatureCertificate, bool AuthenticationCertificate)
{
    public const byte Present = 0x8F;

    public static CertificateAvailability Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2) throw new CardProtocolException("Certificate availability: too short.");
        return new CertificateAvailability(data[0] == Present, data[1] == Present);
    }

    public byte[] Encode() => [SignatureCertificate ? Present : (byte)0, AuthenticationCertificate ? Present : (byte)0, 0];
}
