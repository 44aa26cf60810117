using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using MynaGate.Card;
using MynaGate.Card.Apdu;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Tlv;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Results;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;

namespace MynaGate.Fuzz;

/// <summary>Every parser of outside bytes, with what the product accepts as its answer to bad input.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("tlv", "BER-TLV from any card file", ReadTlv, () => [GenuineInputs.CardImage.CardFaceRecord, GenuineInputs.CardImage.BasicFourInfoRecord]),
        new("response-apdu", "a card's response APDU", input => FuzzTarget.Expecting<CardProtocolException>(() => ResponseApdu.Parse(input)),
            () => [[0x90, 0x00], [0x01, 0x02, 0x61, 0x10], [0x63, 0xC2]]),
        new("card-face", "the card-face AP's signed record (DF21)", ParseCardFace, () => [GenuineInputs.CardImage.CardFaceRecord]),
        new("ap-certificate", "the card-face AP's certificate (DF22)", input => FuzzTarget.Expecting<CardProtocolException>(() => ApCertificate.Parse(input)),
            () => [GenuineInputs.CardImage.ApCertificate]),
        new("basic-four-info", "the text AP's 基本4情報 record", input => FuzzTarget.Expecting<CardProtocolException>(() => BasicFourInfo.Parse(input)),
            () => [GenuineInputs.CardImage.BasicFourInfoRecord]),
        new("text-identity", "the text AP's 基本4情報 as the face path reads it (name kept out of strings)",
            input => FuzzTarget.Expecting<CardProtocolException>(() => TextIdentity.Parse(input).Dispose()),
            () => [GenuineInputs.CardImage.BasicFourInfoRecord]),
        new("text-integrity", "the text AP's integrity record (EF 0003)",
            input => FuzzTarget.Expecting<CardProtocolException>(() => TextIntegrityRecord.Parse(input)),
            () => [GenuineInputs.CardImage.TextIntegrityRecord]),
        new("jpki-certificate", "the JPKI user-auth certificate as reader and terminal use it", ParseJpkiCertificate,
            () => [GenuineInputs.CardImage.AuthenticationCertificate, GenuineInputs.CardImage.AuthenticationCaCertificate]),
        new("link-request", "a reader's message to the terminal (JSON)", ParseLinkRequest, () => [GenuineInputs.LinkRequestJson()]),
        new("link-reply", "the terminal's reply to a reader (JSON)", ParseLinkReply, () => [GenuineInputs.LinkReplyJson()]),
        new("link-relay", "a reader's message (JSON) served by the terminal's session relay", RelayUnderFuzz.Handle,
            () => [GenuineInputs.LinkRequestJson(), .. GenuineInputs.RelayRequestsJson()]),
        new("national-service-answer", "the national service's 資格確認 answer (JSON), written as result XML", WriteQualification,
            () => [GenuineInputs.QualificationJson()]),
        new("result-xml", "a result XML given to xml check", input => ResultXmlChecker.Check(input),
            () => [GenuineInputs.ResultXml(XmlCharacterCode.Utf8), GenuineInputs.ResultXml(XmlCharacterCode.ShiftJis)]),
        new("image", "a chip photo or camera still (JPEG 2000, JPEG, PNG headers and data)", DecodeImage, ImageSeeds),
    ];

    public static FuzzTarget Named(string name) =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"No fuzz target named {name}; the targets are {string.Join(", ", All.Select(t => t.Name))}.", nameof(name));

    private static void ReadTlv(byte[] input)
    {
        var reader = new BerTlvReader(input);
        while (reader.HasData && reader.TryReadElement(out var element, out _))
        {
            if (element.Value.Length > input.Length) throw new InvalidOperationException("A TLV value reaches past its input.");
        }
    }

    private static void ParseCardFace(byte[] input)
    {
        FuzzTarget.Expecting<CardProtocolException>(() => CardFace.Parse(input).Dispose());
    }

    private static void ParseJpkiCertificate(byte[] input)
    {
        FuzzTarget.Expecting<CryptographicException>(() =>
        {
            using var certificate = X509CertificateLoader.LoadCertificate(input);
            _ = certificate.NotAfter;
            _ = AuthenticationAssertion.HashCertificate(certificate.RawData);
            using var key = certificate.GetRSAPublicKey();
        });
    }

    private static void ParseLinkRequest(byte[] input)
    {
        LinkRequest? request = null;
        FuzzTarget.Expecting<JsonException>(() => request = JsonSerializer.Deserialize<LinkRequest>(input, LinkJson.Options));
        // what the relay does with a message before anything else: the shape check, then the assertion's signed bytes
        if (request is null || !LinkRequestShape.IsWellFormed(request)) return;
        request.Assertion?.ToSignedBytes();
    }

    private static void ParseLinkReply(byte[] input)
    {
        FuzzTarget.Expecting<JsonException>(() => JsonSerializer.Deserialize<LinkReply>(input, LinkJson.Options));
    }

    private static void WriteQualification(byte[] input)
    {
        QualificationResponse? answer = null;
        FuzzTarget.Expecting<JsonException>(() => answer = JsonSerializer.Deserialize<QualificationResponse>(input, LinkJson.Options));
        // what the terminal's client refuses (T103) before anything is written
        if (answer is null || !answer.IsComplete()) return;
        // whatever the service sends that deserializes, the terminal writes as XML without an exception it does not handle
        var result = new FaceResult("R01", "1311111114", AuthenticationMethod.Pin, answer, new ConsentResponse(answer.ReferenceNumber, []));
        foreach (var code in Enum.GetValues<XmlCharacterCode>()) XmlDocumentEncoder.Encode(FaceResultXml.Build(result, code), code);
    }

    private static void DecodeImage(byte[] input)
    {
        FuzzTarget.Expecting<VisionException>(() => VisionImage.Decode(input, new ImageLimits(1024 * 1024, 4_000_000)).Dispose());
    }

    private static IReadOnlyList<byte[]> ImageSeeds()
    {
        using var face = CardFace.Parse(GenuineInputs.CardImage.CardFaceRecord);
        using var photo = VisionImage.Decode(face.Photo, ImageLimits.Default);
        return [face.Photo, photo.Encode(ImageFormat.Jpeg, 80), photo.Encode(ImageFormat.Png)];
    }
}
