using System.Xml.Linq;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Results;

/// <summary>xml check against the schema written from the element dictionary: any order, open code lists, unknown names tolerated.</summary>
public sealed class ResultXmlSchemaTests
{
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

    private static XDocument Sample() => ResultXmlSample.Build(ConsentSets.Before2024, PrescriptionIssue.Electronic,
        insured: ResultXmlSample.Insured() with { BirthDate = new(1950, 1, 1), ContributionRatio = "020", ElderlyContributionRatio = "020", LimitClassification = "B05", SpecificDisease = 1 });
}
