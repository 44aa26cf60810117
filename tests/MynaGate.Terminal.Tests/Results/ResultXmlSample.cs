using System.Xml.Linq;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Results;

/// <summary>A result XML as the terminal writes it for one fictitious insured person, with the consents a test asks for.</summary>
internal static class ResultXmlSample
{
    public static readonly DateTimeOffset At = new(2026, 12, 4, 9, 30, 0, TimeSpan.FromHours(9));

    /// <param name="asked">The consents asked, each agreed but <paramref name="declined"/>.</param>
    /// <param name="processing">A ProcessingResultCode and message the national answer adds.</param>
    public static XDocument Build(IReadOnlyList<ConsentItem> asked, PrescriptionIssue? prescription, ConsentItem? declined = null,
        InsuredQualification? insured = null, (string Code, string Message)? processing = null, XmlCharacterCode characterCode = XmlCharacterCode.Utf8)
    {
        var qualification = new QualificationResponse("20261204093000000001", QualificationStatus.Valid, At, CertificateExpiresSoon: false, [insured ?? Insured()])
        {
            ProcessingResultCode = processing?.Code, ProcessingResultMessage = processing?.Message,
        };
        var consents = new ConsentResponse(qualification.ReferenceNumber,
            [.. asked.Select(item => item == declined ? new RecordedConsent(item, false, At, null)
                : new RecordedConsent(item, true, At, ConsentSets.IsViewing(item) ? At.AddHours(24) : null))]);
        return FaceResultXml.Build(new FaceResult("R01", "1311111114", AuthenticationMethod.Face, qualification, consents) { Prescription = prescription },
            characterCode, FaceResultXml.FileIdentifier("R01", 1));
    }

    public static InsuredQualification Insured() => new()
    {
        CardClassification = "01", InsurerNumber = "06139992", InsurerName = "見本健康保険組合", Symbol = "見本", Number = "1234", Branch = "00",
        PersonalFamily = 1, Name = "見本　太郎", NameKana = "ﾐﾎﾝ ﾀﾛｳ", Sex = 1, BirthDate = new(1980, 1, 1), Address = "東京都千代田区見本町1-1",
        PostNumber = "1000001", QualificationDate = new(2020, 4, 1), CardValidFrom = new(2020, 4, 1), ContributionRatio = "030",
    };
}
