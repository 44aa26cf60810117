using System.Xml.Linq;
using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Results;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// The consent sets of October 2024 and 2025 and the prescription choice (R12, R35), whole sessions on the PIN path:
/// what the patient answers on 包括同意, 個別に選ぶ and the choice is what the result XML says, and the XML passes xml check.
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class CurrentConsentSetTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_agreed_comprehensive_consent_answers_its_items_and_the_paper_choice_reaches_the_xml()
    {
        var (outcome, xml) = await SessionAsync(160, ConsentSets.National2024, async reader =>
        {
            var comprehensive = await Drive.ScreenAsync(reader, "6-1");
            Assert.Equal(ConsentItem.Comprehensive, comprehensive.Consent);
            Assert.Equal([ConsentItem.PharmacyInformation, ConsentItem.DiagnosisAndOperation, ConsentItem.SpecificHealthCheckups], comprehensive.Covers);
            reader.Flow.Send(new Answer(true));
            var choice = await Drive.ScreenAsync(reader, "6-P");
            Assert.Equal(BreadcrumbStep.Additional, choice.Step);
            reader.Flow.Send(new ChoosePrescription(PrescriptionIssue.Paper));
        });

        var result = Result(xml);
        foreach (string flag in new[] { "PharmacistsInfo", "DiagnosisInfo", "OperationInfo", "SpecificHealthCheckupsInfo" })
        {
            Assert.Equal("1", result.Element(flag + "ConsFlg")!.Value);
            Assert.Matches("^[0-9]{14}$", result.Element(flag + "AvailableTime")!.Value);
        }
        // no screen asked it: provided by law since 2024-10-07
        Assert.Equal("1", result.Element("LimitApplicationCertificateRelatedConsFlg")!.Value);
        Assert.Null(result.Element("DiagnosisNameConsFlg"));
        Assert.Equal("2", xml.Root!.Element("MessageBody")!.Element("PrescriptionIssueSelect")!.Value);
        Assert.DoesNotContain(ResultXmlChecker.Check(xml), f => !f.IsWarning);
        var log = await Chain.Terminal.Log.ReadAsync();
        Assert.Contains(log, e => e.Event == TerminalEvent.PrescriptionAnswered && e.ReaderId == "R01" && e.ErrorCode is null);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's answers were not wiped");
    }

    [Fact]
    public async Task Choosing_individually_asks_each_item_and_records_each_answer()
    {
        var (_, xml) = await SessionAsync(161, ConsentSets.National2024, async reader =>
        {
            await Drive.ScreenAsync(reader, "6-1");
            reader.Flow.Send(new ChooseIndividually());
            var pharmacy = await Drive.ScreenAsync(reader, "6-2");
            Assert.Equal(ConsentItem.PharmacyInformation, pharmacy.Consent);
            Assert.Empty(pharmacy.Covers!);
            // 個別に選ぶ belongs to 包括同意 only: here it must not skip the question
            reader.Flow.Send(new ChooseIndividually());
            reader.Flow.Send(new Answer(true));
            Assert.Equal(ConsentItem.DiagnosisAndOperation, (await Drive.ScreenAsync(reader, "6-3")).Consent);
            reader.Flow.Send(new Answer(false));
            Assert.Equal(ConsentItem.SpecificHealthCheckups, (await Drive.ScreenAsync(reader, "6-4")).Consent);
            reader.Flow.Send(new Answer(true));
            await Drive.ScreenAsync(reader, "6-P");
            reader.Flow.Send(new ChoosePrescription(PrescriptionIssue.Electronic));
        });

        var result = Result(xml);
        Assert.Equal("1", result.Element("PharmacistsInfoConsFlg")!.Value);
        Assert.Equal("0", result.Element("DiagnosisInfoConsFlg")!.Value);
        Assert.Equal("0", result.Element("OperationInfoConsFlg")!.Value);
        Assert.Equal("1", result.Element("SpecificHealthCheckupsInfoConsFlg")!.Value);
        Assert.Equal("1", xml.Root!.Element("MessageBody")!.Element("PrescriptionIssueSelect")!.Value);
        Assert.DoesNotContain(ResultXmlChecker.Check(xml), f => !f.IsWarning);
    }

    [Fact]
    public async Task A_declined_comprehensive_consent_under_the_2025_set_declines_every_item_including_the_shared_record_ones()
    {
        var (_, xml) = await SessionAsync(162, ConsentSets.National2025, async reader =>
        {
            var comprehensive = await Drive.ScreenAsync(reader, "6-1");
            Assert.Equal(9, comprehensive.Covers!.Count);
            reader.Flow.Send(new Answer(false));
            await Drive.ScreenAsync(reader, "6-P");
            reader.Flow.Send(new ChoosePrescription(PrescriptionIssue.Electronic));
        });

        var result = Result(xml);
        foreach (string flag in new[] { "PharmacistsInfo", "DiagnosisInfo", "OperationInfo", "SpecificHealthCheckupsInfo", "DiagnosisName", "InfectiousInfo",
            "AllergyInfo", "ContraindicationInfo", "TestInfo", "PrescriptionInfo" })
        {
            Assert.Equal("0", result.Element(flag + "ConsFlg")!.Value);
            Assert.Null(result.Element(flag + "ConsTime"));
        }
        Assert.DoesNotContain(ResultXmlChecker.Check(xml), f => !f.IsWarning);
    }

    /// <summary>One PIN session on reader 1 under <paramref name="consents"/> with the prescription choice, restoring the fixture's settings after it.</summary>
    private async Task<(SessionOutcome Outcome, XDocument Xml)> SessionAsync(int seed, IReadOnlyList<ConsentItem> consents, Func<ChainReader, Task> answer)
    {
        var reader = Chain.Readers[0];
        var before = reader.Flow.Options;
        reader.Flow.UpdateOptions(before with { Consents = consents, PrescriptionChoice = true });
        try
        {
            var card = await Chain.CardAsync(seed, null);
            await reader.InsertAsync(card, seed, []);
            await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
            await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
            var outcome = reader.NextOutcomeAsync(Session);
            await answer(reader);
            var done = await outcome;
            await reader.RemoveAsync();
            Assert.Null(done.ErrorCode);
            return (done, XDocument.Load(Path.Combine(Chain.FaceFolder, done.ResultFile!)));
        }
        finally
        {
            reader.Flow.UpdateOptions(before);
        }
    }

    private static XElement Result(XDocument xml) => xml.Root!.Element("MessageBody")!.Element("ResultList")!.Element("ResultOfQualificationConfirmation")!;
}
