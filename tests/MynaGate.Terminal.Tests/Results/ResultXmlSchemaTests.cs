using System.Xml.Linq;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Results;

/// <summary>xml check against the schema written from the element dictionary: any order, open code lists, unknown names tolerated.</summary>
public sealed class ResultXmlSchemaTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 9, 30, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Every_group_may_come_in_any_order()
    {
        var xml = Sample();
        foreach (var group in new[] { "MessageHeader", "MessageBody", "ResultOfQualificationConfirmation", "LimitApplicationCertificateRelatedInfo" })
        {
            var element = xml.Descendants(group).Single();
            var children = element.Elements().Reverse().ToList();
            element.RemoveNodes();
            element.Add(children);
        }

        Assert.Empty(ResultXmlChecker.Check(xml));
    }

    [Fact]
    public void An_element_the_dictionary_does_not_know_is_a_warning_and_one_out_of_place_or_twice_is_an_error()
    {
        var unknown = Sample();
        unknown.Descendants("ResultOfQualificationConfirmation").Single().Add(new XElement("FutureElement2027", "1"));
        Assert.All(ResultXmlChecker.Check(unknown), f => Assert.True(f.IsWarning, f.ToString()));
        Assert.Contains(ResultXmlChecker.Check(unknown), f => f.Element.EndsWith("/FutureElement2027", StringComparison.Ordinal));

        var misplaced = Sample();
        misplaced.Root!.Element("MessageHeader")!.Add(new XElement("Birthdate", "19800101"));
        Assert.Contains(ResultXmlChecker.Check(misplaced), f => f.Element == "MessageHeader/Birthdate" && !f.IsWarning);

        var twice = Sample();
        twice.Descendants("Birthdate").Single().AddAfterSelf(new XElement("Birthdate", "19800101"));
        Assert.Contains(ResultXmlChecker.Check(twice), f => f.Element.EndsWith("/Birthdate", StringComparison.Ordinal) && !f.IsWarning);
    }

    [Theory]
    [InlineData("LimitApplicationCertificateClassificationFlag", "C01", true)] // a class a later reform adds
    [InlineData("LimitApplicationCertificateClassificationFlag", "B5", false)]
    [InlineData("LimitApplicationCertificateRelatedConsFlg", "2", false)] // 限度額's flag is 0 or 1 only
    [InlineData("InsuredCardClassification", "B1", true)] // a card class added later (a warning)
    [InlineData("InsuredCardClassification", "1", false)]
    [InlineData("Sex1", "4", false)]
    public void Code_lists_the_national_side_extends_stay_open_and_closed_ones_refuse_other_values(string element, string value, bool accepted)
    {
        var xml = Sample();
        xml.Descendants(element).Single().Value = value;

        var errors = ResultXmlChecker.Check(xml).Where(f => !f.IsWarning).ToList();
        if (accepted) Assert.Empty(errors);
        else Assert.Contains(errors, f => f.Element.EndsWith("/" + element, StringComparison.Ordinal));
    }

    private static XDocument Sample()
    {
        var qualification = new QualificationResponse("20261204093000000001", QualificationStatus.Valid, At, CertificateExpiresSoon: false,
        [
            new InsuredQualification
            {
                CardClassification = "01", InsurerNumber = "06139992", InsurerName = "見本健康保険組合", Symbol = "見本", Number = "1234", Branch = "00",
                PersonalFamily = 1, Name = "見本　太郎", NameKana = "ﾐﾎﾝ ﾀﾛｳ", Sex = 1, BirthDate = new(1950, 1, 1), Address = "東京都千代田区見本町1-1",
                PostNumber = "1000001", QualificationDate = new(2020, 4, 1), CardValidFrom = new(2020, 4, 1), ContributionRatio = "020",
                ElderlyContributionRatio = "020", LimitClassification = "B05", SpecificDisease = 1,
            },
        ]);
        var consents = new ConsentResponse(qualification.ReferenceNumber,
            [.. ConsentSets.Before2024.Select(item => new RecordedConsent(item, true, At, ConsentSets.IsViewing(item) ? At.AddHours(24) : null))]);
        return FaceResultXml.Build(new FaceResult("R01", "1311111114", AuthenticationMethod.Face, qualification, consents) { Prescription = PrescriptionIssue.Electronic },
            XmlCharacterCode.Utf8);
    }
}
