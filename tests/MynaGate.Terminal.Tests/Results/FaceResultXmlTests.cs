using System.Xml.Linq;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Results;

/// <summary>The 2025 consent flags and the prescription choice in the face-result XML, and what xml check says of them.</summary>
public sealed class FaceResultXmlTests
{
    [Fact]
    public void An_older_set_without_a_prescription_choice_writes_neither_the_2025_flags_nor_the_choice()
    {
        var xml = ResultXmlSample.Build(ConsentSets.Before2024, prescription: null);

        var result = xml.Descendants("ResultOfQualificationConfirmation").Single();
        Assert.DoesNotContain(result.Elements(), e => e.Name.LocalName is "DiagnosisNameConsFlg" or "InfectiousInfoConsFlg" or "AllergyInfoConsFlg"
            or "ContraindicationInfoConsFlg" or "TestInfoConsFlg" or "PrescriptionInfoConsFlg");
        Assert.Null(xml.Descendants("PrescriptionIssueSelect").SingleOrDefault());
        Assert.Empty(ResultXmlChecker.Check(xml));
    }

    [Theory]
    [InlineData(PrescriptionIssue.Electronic, "1")]
    [InlineData(PrescriptionIssue.Paper, "2")]
    public void The_2025_set_writes_each_item_it_asked_and_the_choice_in_the_message_body(PrescriptionIssue prescription, string code)
    {
        var xml = ResultXmlSample.Build(ConsentSets.National2025, prescription, declined: ConsentItem.OtherAllergies);

        Assert.Equal(code, xml.Root!.Element("MessageBody")!.Element("PrescriptionIssueSelect")!.Value);
        var result = xml.Descendants("ResultOfQualificationConfirmation").Single();
        foreach (string flag in new[] { "DiagnosisName", "InfectiousInfo", "ContraindicationInfo", "TestInfo", "PrescriptionInfo" })
        {
            Assert.Equal("1", result.Element(flag + "ConsFlg")!.Value);
            Assert.Equal("20261204093000", result.Element(flag + "ConsTime")!.Value);
            Assert.Equal("20261205093000", result.Element(flag + "AvailableTime")!.Value);
        }
        Assert.Equal("0", result.Element("AllergyInfoConsFlg")!.Value);
        Assert.Null(result.Element("AllergyInfoConsTime"));
        Assert.Empty(ResultXmlChecker.Check(xml));
    }

    [Fact]
    public void The_elderly_ratio_and_the_specific_disease_carry_their_groups_prefix_as_receipt_computers_read_them()
    {
        var xml = ResultXmlSample.Build(ConsentSets.Before2024, prescription: null,
            insured: ResultXmlSample.Insured() with { ElderlyContributionRatio = "020", LimitClassification = "B05", SpecificDisease = 1 });

        var result = xml.Descendants("ResultOfQualificationConfirmation").Single();
        Assert.Equal("020", result.Element("ElderlyRecipientCertificateInfo")!.Element("ElderlyRecipientContributionRatio")!.Value);
        Assert.Equal("1", result.Element("SpecificDiseasesCertificateList")!.Element("SpecificDiseasesCertificateInfo")!
            .Element("SpecificDiseasesDiseaseCategory")!.Value);
        Assert.Equal("B05", result.Element("LimitApplicationCertificateRelatedInfo")!.Element("LimitApplicationCertificateClassificationFlag")!.Value);
        Assert.Empty(ResultXmlChecker.Check(xml));
    }

    [Theory]
    [InlineData("ElderlyRecipientCertificateInfo", "ElderlyRecipientContributionRatio", "ContributionRatio")]
    [InlineData("SpecificDiseasesCertificateInfo", "SpecificDiseasesDiseaseCategory", "DiseaseCategory")]
    public void Xml_check_refuses_the_names_mynagate_wrote_before_in_the_certificate_groups(string group, string name, string oldName)
    {
        var xml = ResultXmlSample.Build(ConsentSets.Before2024, prescription: null, insured: ResultXmlSample.Insured() with { ElderlyContributionRatio = "020", SpecificDisease = 2 });
        xml.Descendants(group).Elements(name).Single().Name = oldName;

        Assert.Contains(ResultXmlChecker.Check(xml), f => f.Element.EndsWith($"{group}/{oldName}", StringComparison.Ordinal) && !f.IsWarning);
    }

    [Fact]
    public void Every_detail_the_national_answer_holds_is_written_under_the_dictionarys_name()
    {
        var insured = ResultXmlSample.Insured() with
        {
            PersonalFamily = 2, InsuredName = "見本　一郎", NameOfOther = "見本　通称", NameOfOtherKana = "ﾐﾎﾝ ﾂｳｼｮｳ", CardSex = 3,
            CertificateIssuedOn = new(2020, 3, 25), DisqualificationDate = new(2026, 11, 30), ReasonOfLoss = "03",
            ElderlyContributionRatio = "020", ElderlyCertificateDate = new(2025, 8, 20), ElderlyValidFrom = new(2025, 9, 1), ElderlyValidUntil = new(2027, 7, 31),
            LimitClassification = "B05", LimitCertificateDate = new(2026, 4, 1), LimitValidFrom = new(2026, 4, 1), LimitValidUntil = new(2027, 7, 31), LimitLongTermDate = new(2026, 6, 1),
            SpecificDisease = 1, SpecificDiseaseCertificateDate = new(2024, 1, 10), SpecificDiseaseValidFrom = new(2024, 1, 10), SpecificDiseaseValidUntil = new(2027, 1, 9), SpecificDiseaseSelfPay = "10000",
            MedicalTicket = new MedicalTicket
            {
                TicketType = "1", ValidFrom = new(2026, 12, 1), ValidUntil = new(2026, 12, 31), IssueNumber = "12345678", MedicalTreatmentMonth = "202612",
                DesignatedMedicalInstitutionName = "見本クリニック", InjuryNames = ["見本病名", "", "二つ目", "三つ目", "四つ目"], SelfPayAmount = "0", Remarks = ["備考"],
            },
        };
        var xml = ResultXmlSample.Build(ConsentSets.Before2024, prescription: null, insured: insured, processing: ("P001", "見本の処理結果"));

        var result = xml.Descendants("ResultOfQualificationConfirmation").Single();
        var expected = new Dictionary<string, string>
        {
            ["InsuredName"] = "見本　一郎", ["NameOfOther"] = "見本　通称", ["NameOfOtherKana"] = "ﾐﾎﾝ ﾂｳｼｮｳ", ["Sex2"] = "3",
            ["InsuredCertificateIssuanceDate"] = "20200325", ["DisqualificationDate"] = "20261130", ["ReasonOfLoss"] = "03",
            ["ElderlyRecipientCertificateDate"] = "20250820", ["ElderlyRecipientValidStartDate"] = "20250901", ["ElderlyRecipientValidEndDate"] = "20270731",
            ["LimitApplicationCertificateDate"] = "20260401", ["LimitApplicationCertificateValidEndDate"] = "20270731", ["LimitApplicationCertificateLongTermDate"] = "20260601",
            ["SpecificDiseasesCertificateDate"] = "20240110", ["SpecificDiseasesValidEndDate"] = "20270109", ["SpecificDiseasesSelfPay"] = "10000",
            ["TicketType"] = "1", ["MedicalTicketValidDate"] = "20261201", ["MedicalTicketExpirationDate"] = "20261231", ["IssueNumber"] = "12345678",
            ["MedicalTreatmentMonth"] = "202612", ["DesignatedMedicalInstitutionName"] = "見本クリニック", ["SelfPayAmount"] = "0",
            ["InjuryName1"] = "見本病名", ["InjuryName2"] = "二つ目", ["InjuryName3"] = "三つ目", ["Remarks1"] = "備考",
        };
        foreach (var (name, value) in expected) Assert.Equal(value, result.Descendants(name).Single().Value);
        Assert.Empty(result.Descendants("InjuryName4"));
        Assert.Equal("P001", xml.Root!.Element("MessageBody")!.Element("ProcessingResultCode")!.Value);
        Assert.Equal("R01-0001", xml.Root.Element("MessageHeader")!.Element("ArbitraryFileIdentifier")!.Value);
        // every name is the dictionary's: not even a warning
        Assert.Empty(ResultXmlChecker.Check(xml));
    }

    [Fact]
    public void A_refused_check_is_written_as_a_failure_with_its_code_and_nothing_of_the_person()
    {
        var xml = FaceResultXml.BuildRefusal("1311111114", ResultXmlSample.At, "Q301", "カードの利用者証明用電子証明書が失効しています。", XmlCharacterCode.Utf8);

        var header = xml.Root!.Element("MessageHeader")!;
        Assert.Equal("9", header.Element("SegmentOfResult")!.Value);
        Assert.Equal("Q301", header.Element("ErrorCode")!.Value);
        Assert.Equal("2", xml.Root.Element("MessageBody")!.Element("ProcessingResultStatus")!.Value);
        Assert.Empty(xml.Descendants("ResultList"));
        Assert.Empty(ResultXmlChecker.Check(xml));

        header.Element("ErrorCode")!.Remove();
        Assert.Contains(ResultXmlChecker.Check(xml), f => f.Element == "MessageHeader/ErrorCode" && !f.IsWarning);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("")]
    [InlineData("electronic")]
    public void Xml_check_refuses_a_choice_that_is_not_1_or_2(string value)
    {
        var xml = ResultXmlSample.Build(ConsentSets.National2024, PrescriptionIssue.Electronic);
        xml.Descendants("PrescriptionIssueSelect").Single().Value = value;

        Assert.Contains(ResultXmlChecker.Check(xml), f => f.Element.EndsWith("PrescriptionIssueSelect", StringComparison.Ordinal) && !f.IsWarning);
    }
}
