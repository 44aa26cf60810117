using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>「医療費助成の各種受給者証を利用しますか」 (R39): asked only when the national hub holds some, as the terminal receives the answer.</summary>
[Collection(FlowTests.Name)]
public sealed class MedicalSubsidyTests(FlowCards cards)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_patient_with_certificates_on_the_hub_is_asked_after_the_prescription_and_the_answer_reaches_the_terminal(bool use)
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = [ConsentItem.Comprehensive], PrescriptionChoice = true });
        AnswerWithSubsidies(flow, inGrace: false);
        await flow.ProveByFaceAsync();

        await flow.TapOnAsync(FlowState.Consent, new Answer(true));
        await flow.TapOnAsync(FlowState.PrescriptionChoice, new ChoosePrescription(PrescriptionIssue.Electronic));
        var question = await flow.TapOnAsync(FlowState.MedicalSubsidyChoice, new ChooseMedicalSubsidies(use));
        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's answers were not dropped");
        Assert.Equal("7-0", question.ScreenId);
        Assert.Equal(BreadcrumbStep.PublicExpense, question.Step);
        Assert.Equal(use, Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete)).UseMedicalSubsidies);
    }

    [Fact]
    public async Task Without_certificates_on_the_hub_or_with_the_question_off_nothing_is_asked()
    {
        await using (var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = [ConsentItem.Comprehensive] }))
        {
            await flow.ProveByFaceAsync();
            await flow.TapOnAsync(FlowState.Consent, new Answer(true));
            Assert.Null((await flow.OutcomeAsync()).ErrorCode);
            Assert.DoesNotContain(flow.Shown, s => s.State == FlowState.MedicalSubsidyChoice);
            Assert.Null(Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete)).UseMedicalSubsidies);
        }
        await using (var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = [ConsentItem.Comprehensive], MedicalSubsidyQuestion = false }))
        {
            AnswerWithSubsidies(flow, inGrace: false);
            await flow.ProveByFaceAsync();
            await flow.TapOnAsync(FlowState.Consent, new Answer(true));
            Assert.Null((await flow.OutcomeAsync()).ErrorCode);
            Assert.DoesNotContain(flow.Shown, s => s.State == FlowState.MedicalSubsidyChoice);
            Assert.Null(Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete)).UseMedicalSubsidies);
        }
    }

    [Fact]
    public async Task A_certificate_in_its_grace_still_asks_it_as_it_rests_on_eligibility()
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = [ConsentItem.Comprehensive] });
        AnswerWithSubsidies(flow, inGrace: true);
        await flow.ProveByFaceAsync();

        var question = await flow.TapOnAsync(FlowState.MedicalSubsidyChoice, new ChooseMedicalSubsidies(true));
        Assert.Null((await flow.OutcomeAsync()).ErrorCode);

        Assert.True(question.CertificateInGrace);
        Assert.DoesNotContain(flow.Shown, s => s.State == FlowState.Consent);
        Assert.True(Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete)).UseMedicalSubsidies);
    }

    private static void AnswerWithSubsidies(FlowHarness flow, bool inGrace) =>
        flow.Terminal.Answer(LinkRequestKind.Qualify, r => new LinkReply(r.MessageId, r.SessionId)
        {
            Qualification = new QualificationNotice("REF-TEST", QualificationStatus.Valid, CertificateExpiresSoon: false)
            {
                MedicalSubsidiesAvailable = true, CertificateInGrace = inGrace,
            },
        });
}
