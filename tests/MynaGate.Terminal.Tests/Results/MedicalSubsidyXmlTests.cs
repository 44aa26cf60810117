using System.Xml.Linq;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Results;

/// <summary>PMH's 受給者証 in the face result (R39): in our documented form, only when the patient chose to use them, and checked by xml check.</summary>
public sealed class MedicalSubsidyXmlTests
{
    // 88 13 101 and 54 13 101 with their check digits, 123456 and 765432 with theirs (modulus 10, weights 2-1)
    private static readonly MedicalSubsidy Children = new()
    {
        InsurerNumber = "88131016", RecipientNumber = "1234566", ProgramName = "子ども医療費助成", Municipality = "13101",
        ValidFrom = new(2026, 4, 1), ValidUntil = new(2027, 3, 31),
    };

    private static readonly MedicalSubsidy Disease = Children with
    {
        InsurerNumber = "54131016", RecipientNumber = "7654320", ProgramName = "指定難病医療費助成", ValidUntil = null, SelfPayLimit = "10000",
    };

    [Fact]
    public void Chosen_certificates_are_written_each_with_its_numbers_programme_and_validity_and_pass_xml_check()
    {
        var xml = Build(true, [Children, Disease]);
        var body = xml.Root!.Element("MessageBody")!;

        Assert.Equal("1", body.Element("MedicalSubsidyUseSelect")!.Value);
        var infos = body.Element("MedicalSubsidyResultList")!.Elements("MedicalSubsidyInfo").ToList();
        Assert.Equal(["88131016", "54131016"], infos.Select(i => i.Element("MedicalSubsidyInsurerNumber")!.Value));
        Assert.Equal(["1234566", "7654320"], infos.Select(i => i.Element("MedicalSubsidyRecipientNumber")!.Value));
        Assert.Equal("子ども医療費助成", infos[0].Element("MedicalSubsidyProgramName")!.Value);
        Assert.Equal("20260401", infos[0].Element("MedicalSubsidyValidStartDate")!.Value);
        Assert.Equal("20270331", infos[0].Element("MedicalSubsidyValidEndDate")!.Value);
        Assert.Null(infos[1].Element("MedicalSubsidyValidEndDate"));
        Assert.Equal("10000", infos[1].Element("MedicalSubsidySelfPayLimit")!.Value);
        Assert.Empty(ResultXmlChecker.Check(xml));
    }

    [Fact]
    public void A_declined_question_says_so_with_no_certificate_and_an_unasked_one_or_one_without_certificates_writes_nothing()
    {
        var declined = Build(false, [Children]).Root!.Element("MessageBody")!;
        Assert.Equal("2", declined.Element("MedicalSubsidyUseSelect")!.Value);
        Assert.Null(declined.Element("MedicalSubsidyResultList"));

        foreach (var unasked in new[] { Build(null, [Children]), Build(true, []), Build(false, []) })
        {
            Assert.DoesNotContain(unasked.Descendants(), e => e.Name.LocalName.StartsWith("MedicalSubsidy", StringComparison.Ordinal));
            Assert.Empty(ResultXmlChecker.Check(unasked));
        }
    }

    [Fact]
    public void Xml_check_reports_a_wrong_check_digit_a_short_number_and_certificates_the_patient_did_not_choose()
    {
        var wrongDigit = Build(true, [Children with { RecipientNumber = "1234567" }]);
        Assert.Contains(ResultXmlChecker.Check(wrongDigit), f => f.IsWarning && f.Element.EndsWith("/MedicalSubsidyRecipientNumber", StringComparison.Ordinal));

        var shortNumber = Build(true, [Children with { InsurerNumber = "8813101" }]);
        Assert.Contains(ResultXmlChecker.Check(shortNumber), f => !f.IsWarning && f.Element.EndsWith("/MedicalSubsidyInsurerNumber", StringComparison.Ordinal));

        var unchosen = Build(true, [Children]);
        unchosen.Descendants("MedicalSubsidyUseSelect").Single().Value = "2";
        Assert.Contains(ResultXmlChecker.Check(unchosen), f => !f.IsWarning && f.Element == "MedicalSubsidyResultList");
    }

    private static XDocument Build(bool? use, IReadOnlyList<MedicalSubsidy> subsidies)
    {
        var at = ResultXmlSample.At;
        var qualification = new QualificationResponse("20261204093000000001", QualificationStatus.Valid, at, CertificateExpiresSoon: false, [ResultXmlSample.Insured()])
        {
            MedicalSubsidies = subsidies,
        };
        return FaceResultXml.Build(new FaceResult("R01", "1311111114", AuthenticationMethod.Face, qualification, new ConsentResponse(qualification.ReferenceNumber, []))
        {
            UseMedicalSubsidies = use,
        }, Certificates.Xml.XmlCharacterCode.Utf8, FaceResultXml.FileIdentifier("R01", 1));
    }
}
