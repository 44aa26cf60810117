using System.Text;
using MynaGate.Calendar;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Virtual.Issuing;

namespace MynaGate.Card.Virtual.Engine;

/// <summary>The AP/EF tree of spec §1.5–§1.8 laid out from a card image.</summary>
internal static class CardFileTree
{
    public static IReadOnlyList<CardApplication> Build(VirtualCardImage image)
    {
        if (image.TokenType is TokenType.Android or TokenType.IPhone) return [PhoneJpki(image)];
        var persona = image.Persona;
        byte[]? pin = persona.HasPin ? Ascii(persona.Pin) : null;
        byte[] codeB = Ascii(persona.VerificationCodeB);
        byte[] codeA = Ascii(persona.MyNumber);

        var jpki = new CardApplication(JpkiApplication.Aid.ToArray(),
            new BinaryFile(JpkiApplication.SignatureCertificateFile, persona.HasSignatureCertificate ? image.SignatureCertificate : [], KeyNames.JpkiSignPassword),
            new BinaryFile(JpkiApplication.SignatureCaCertificateFile, image.SignatureCaCertificate),
            new BinaryFile(JpkiApplication.TokenInfoFile, TokenInfo(image.TokenType)),
            new BinaryFile(JpkiApplication.CertificateAvailabilityFile,
                new CertificateAvailability(persona.HasSignatureCertificate, true).Encode()),
            new BinaryFile(JpkiApplication.AuthenticationCertificateFile, image.AuthenticationCertificate),
            new BinaryFile(JpkiApplication.AuthenticationCaCertificateFile, image.AuthenticationCaCertificate),
            new PrivateKeyFile(JpkiApplication.AuthenticationKeyFile, image.AuthenticationKey, KeyNames.JpkiAuthPin),
            new KeyFile(JpkiApplication.AuthenticationPinFile, KeyNames.JpkiAuthPin, pin),
            new PrivateKeyFile(JpkiApplication.SignatureKeyFile, image.SignatureKey, KeyNames.JpkiSignPassword),
            new KeyFile(JpkiApplication.SignaturePasswordFile, KeyNames.JpkiSignPassword,
                persona.HasSignatureCertificate ? Ascii(persona.SignaturePassword) : null));

        var text = new CardApplication(TextApplication.Aid.ToArray(),
            new BinaryFile(0x0001, VirtualCardIssuer.MyNumberFile(persona), KeyNames.TextPin, KeyNames.TextCodeA),
            new BinaryFile(TextApplication.BasicFourInfoFile, image.BasicFourInfoRecord, KeyNames.TextPin, KeyNames.TextCodeB),
            new BinaryFile(TextApplication.IntegrityFile, image.TextIntegrityRecord, KeyNames.TextPin, KeyNames.TextCodeA, KeyNames.TextCodeB),
            new BinaryFile(TextApplication.ApCertificateFile, image.ApCertificate),
            new KeyFile(TextApplication.PinFile, KeyNames.TextPin, pin),
            // EF 0012 answers 63C0 on every card examined (spec §1.6): a key that is blocked for good
            new KeyFile(0x0012, "text.0012", null),
            new KeyFile(0x0014, KeyNames.TextCodeA, codeA),
            new KeyFile(TextApplication.VerificationCodeBFile, KeyNames.TextCodeB, codeB));

        var cardFace = new CardApplication(CardFaceApplication.Aid.ToArray(),
            new BinaryFile(CardFaceApplication.CardFaceFile, image.CardFaceRecord, KeyNames.CardFaceCodeA, KeyNames.CardFaceCodeB),
            new BinaryFile(CardFaceApplication.ApCertificateFile, image.ApCertificate),
            new KeyFile(0x0011, KeyNames.CardFaceBirthDate, Ascii(JapaneseEra.EraYyMmDd(persona.BirthDate))),
            new KeyFile(CardFaceApplication.VerificationCodeBFile, KeyNames.CardFaceCodeB, codeB),
            new KeyFile(0x0013, KeyNames.CardFaceCodeA, codeA),
            // the AP's own key signs challenges without any credential (card presence, spec §1.7)
            new PrivateKeyFile(0x001A, image.CardApKey));

        var common = new CardApplication(CommonApplication.Aid.ToArray(),
            new RecordFile(CommonApplication.CardInfoFile,
                new CardInfo(persona.CardSerial, persona.MunicipalityCode, persona.CardExpiry).Encode()));

        return [jpki, text, cardFace, common];
    }

    /// <summary>
    /// スマホ用電子証明書 (R32): a phone holds JPKI-AP alone — no text, card-face or common AP. Android's user-auth key
    /// needs its own 4-digit スマホ用PIN, entered on the reader. An iPhone asks its holder for Face ID or its passcode
    /// itself before it signs; how that looks on the wire is not public, so we assume its key signs without a VERIFY
    /// from the reader, and it has no PIN the reader could verify (its PIN file answers 63C0 like a never-set key).
    /// </summary>
    private static CardApplication PhoneJpki(VirtualCardImage image)
    {
        var persona = image.Persona;
        bool android = image.TokenType == TokenType.Android;
        byte[]? pin = android ? Ascii(persona.PhonePin) : null;
        return new CardApplication(JpkiApplication.Aid.ToArray(),
            new BinaryFile(JpkiApplication.SignatureCertificateFile, image.SignatureCertificate, KeyNames.JpkiSignPassword),
            new BinaryFile(JpkiApplication.SignatureCaCertificateFile, image.SignatureCaCertificate),
            new BinaryFile(JpkiApplication.TokenInfoFile, TokenInfo(image.TokenType)),
            // a phone whose user-auth certificate was never issued or was taken off it keeps the AP, without the certificate
            new BinaryFile(JpkiApplication.CertificateAvailabilityFile,
                new CertificateAvailability(image.SignatureCertificate.Length > 0, image.AuthenticationCertificate.Length > 0).Encode()),
            new BinaryFile(JpkiApplication.AuthenticationCertificateFile, image.AuthenticationCertificate),
            new BinaryFile(JpkiApplication.AuthenticationCaCertificateFile, image.AuthenticationCaCertificate),
            android
                ? new PrivateKeyFile(JpkiApplication.AuthenticationKeyFile, image.AuthenticationKey, KeyNames.JpkiAuthPin)
                : new PrivateKeyFile(JpkiApplication.AuthenticationKeyFile, image.AuthenticationKey),
            new KeyFile(JpkiApplication.AuthenticationPinFile, KeyNames.JpkiAuthPin, pin),
            new PrivateKeyFile(JpkiApplication.SignatureKeyFile, image.SignatureKey, KeyNames.JpkiSignPassword),
            new KeyFile(JpkiApplication.SignaturePasswordFile, KeyNames.JpkiSignPassword, Ascii(persona.SignaturePassword)));
    }

    /// <summary>CK_TOKEN_INFO, 160 bytes: the label (space-padded to 32) first.</summary>
    private static byte[] TokenInfo(TokenType type)
    {
        var info = new byte[160];
        info.AsSpan(0, 32).Fill((byte)' ');
        Encoding.ASCII.GetBytes(TokenTypes.Label(type)).CopyTo(info, 0);
        return info;
    }

    private static byte[] Ascii(string value) => Encoding.ASCII.GetBytes(value);
}
