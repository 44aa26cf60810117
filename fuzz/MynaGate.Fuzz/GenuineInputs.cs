using System.Text;
using System.Text.Json;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Onshi.Seeding;
using MynaGate.Terminal.Results;

namespace MynaGate.Fuzz;

/// <summary>
/// The genuine inputs every target starts from, made by the product's own writers and the virtual card issuer (one
/// card, issued once per process into a temporary folder), so a mutation starts inside the format rather than at noise.
/// </summary>
internal static class GenuineInputs
{
    private static readonly Lazy<VirtualCardImage> Card = new(Issue);

    public static VirtualCardImage CardImage => Card.Value;

    public static byte[] LinkRequestJson() => JsonSerializer.SerializeToUtf8Bytes(new LinkRequest("m-1", "s-1", LinkRequestKind.Qualify)
    {
        Assertion = new AuthenticationAssertion("R01", "s-1", AuthenticationMethod.Face, new string('A', 64), new byte[32], DateTimeOffset.UnixEpoch)
        {
            IdentityBinding = new IdentityBinding(new string('B', 64), [new string('C', 16), IdentityBinding.UnknownCharacter, new string('D', 16)]),
        },
        WaitMs = 9000,
        AssertionSignature = new byte[64],
        Certificate = CardImage.AuthenticationCertificate,
        Consents = [new ConsentAnswer(ConsentItem.PharmacyInformation, true, DateTimeOffset.UnixEpoch)],
    }, LinkJson.Options);

    /// <summary>A report, a completion with consents and a paper certificate, as readers send them.</summary>
    public static IReadOnlyList<byte[]> RelayRequestsJson() =>
    [
        JsonSerializer.SerializeToUtf8Bytes(new LinkRequest("m-2", "s-2", LinkRequestKind.Report) { Method = AuthenticationMethod.Pin, DurationMs = 41_000 }, LinkJson.Options),
        JsonSerializer.SerializeToUtf8Bytes(new LinkRequest("m-3", "s-3", LinkRequestKind.Complete)
        {
            Consents = [new ConsentAnswer(ConsentItem.PharmacyInformation, true, DateTimeOffset.UnixEpoch)], Prescription = PrescriptionIssue.Electronic, WaitMs = 9000,
        }, LinkJson.Options),
        JsonSerializer.SerializeToUtf8Bytes(new LinkRequest("m-4", "s-4", LinkRequestKind.Certificate)
        {
            PaperCertificate = new PaperCertificate("kodomo", [new PaperCertificateField("RecipientNumber", "1234567", 91.5f, true)], []),
        }, LinkJson.Options),
    ];

    public static byte[] LinkReplyJson() => JsonSerializer.SerializeToUtf8Bytes(new LinkReply("m-1", "s-1")
    {
        Qualification = new QualificationNotice("0123456789", QualificationStatus.Valid, false),
        Error = new LinkError(LinkErrorCodes.NationalServiceTimeout, "late"),
    }, LinkJson.Options);

    public static QualificationResponse Qualification() =>
        new("0123456789", QualificationStatus.Valid, DateTimeOffset.UnixEpoch, false,
            [InsuredGenerator.Generate(1, CardImage.Persona, new DateOnly(2026, 12, 4))]);

    public static byte[] QualificationJson() => JsonSerializer.SerializeToUtf8Bytes(Qualification(), LinkJson.Options);

    public static byte[] ResultXml(XmlCharacterCode characterCode)
    {
        var result = new FaceResult("R01", "1311111114", AuthenticationMethod.Pin, Qualification(), new ConsentResponse("0123456789", []));
        return XmlDocumentEncoder.Encode(FaceResultXml.Build(result, characterCode), characterCode);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static VirtualCardImage Issue()
    {
        string folder = Directory.CreateTempSubdirectory("mynagate-fuzz-card-").FullName;
        try
        {
            return new VirtualCardProvisioner(folder).Reissue(1).Image;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
