using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>The consent screens (R12) and the prescription choice (R35), as the terminal receives them.</summary>
[Collection(FlowTests.Name)]
public sealed class ConsentTests(FlowCards cards)
{
    [Fact]
    public async Task Comprehensive_consent_answers_every_viewing_item_after_it_at_once()
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = ConsentSets.National2024 });
        await flow.ProveByFaceAsync();

        var comprehensive = await flow.TapOnAsync(FlowState.Consent, new Answer(true));
        var outcome = await flow.OutcomeAsync();

        Assert.Equal(ConsentItem.Comprehensive, comprehensive.Consent);
        Assert.Equal(ConsentSets.National2024.Skip(1), comprehensive.Covers);
        Assert.Null(outcome.ErrorCode);
        var answers = Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete)).Consents!;
        Assert.Equal(ConsentSets.National2024, answers.Select(a => a.Item));
        Assert.All(answers, a => Assert.True(a.Agreed));
        Assert.Single(answers.Select(a => a.AnsweredAt).Distinct());
        Assert.Single(flow.Shown, s => s.State == FlowState.Consent);
    }

    [Fact]
    public async Task Choosing_individually_asks_each_covered_item_on_its_own_screen()
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = ConsentSets.National2024 });
        await flow.ProveByFaceAsync();

        var comprehensive = await flow.TapOnAsync(FlowState.Consent, new ChooseIndividually());
        var answers = new List<bool> { true, false, true };
        var shown = new List<ConsentItem?>();
        var screen = comprehensive;
        foreach (bool agreed in answers)
        {
            var previous = screen;
            screen = await flow.ScreenAsync(s => s.State == FlowState.Consent && s.Version > previous.Version, "the next consent");
            shown.Add(screen.Consent);
            flow.Tap(screen, new Answer(agreed));
        }
        await flow.OutcomeAsync();

        Assert.Equal(ConsentSets.National2024.Skip(1).Cast<ConsentItem?>(), shown);
        var recorded = Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete)).Consents!;
        Assert.Equal(ConsentSets.National2024.Skip(1), recorded.Select(a => a.Item));
        Assert.Equal(answers, recorded.Select(a => a.Agreed));
    }

    [Fact]
    public async Task A_double_tap_on_a_consent_does_not_answer_the_next_unseen_one()
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = ConsentSets.Before2024 });
        await flow.ProveByFaceAsync();

        var first = await flow.ScreenAsync(FlowState.Consent);
        flow.Tap(first, new Answer(true));
        flow.Tap(first, new Answer(true));
        var second = await flow.ScreenAsync(s => s.State == FlowState.Consent && s.Version > first.Version, "the second consent");
        flow.Tap(second, new Answer(false));
        var third = await flow.ScreenAsync(s => s.State == FlowState.Consent && s.Version > second.Version, "the third consent");

        Assert.Equal(ConsentSets.Before2024[2], third.Consent);
        Assert.Equal([ConsentSets.Before2024[0], ConsentSets.Before2024[1]], flow.Shown.Where(s => s.State == FlowState.Consent).Select(s => s.Consent!.Value).Distinct().Take(2));
    }

    [Theory]
    [InlineData(PrescriptionIssue.Electronic)]
    [InlineData(PrescriptionIssue.Paper)]
    public async Task The_prescription_the_patient_chose_reaches_the_terminal(PrescriptionIssue issue)
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { PrescriptionChoice = true });
        await flow.ProveByFaceAsync();

        var choice = await flow.ScreenAsync(FlowState.PrescriptionChoice);
        flow.Tap(choice, new ChoosePrescription((PrescriptionIssue)99));
        flow.Tap(choice, new ChoosePrescription(issue));
        await flow.OutcomeAsync();

        Assert.Equal(issue, Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete)).Prescription);
    }

    [Fact]
    public async Task A_certificate_expiring_soon_is_shown_on_the_consent_screens_and_at_the_end()
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = [ConsentItem.PharmacyInformation] });
        flow.Terminal.Answer(LinkRequestKind.Qualify, r => new LinkReply(r.MessageId, r.SessionId)
        {
            Qualification = new QualificationNotice("REF-TEST", QualificationStatus.Valid, CertificateExpiresSoon: true),
        });
        await flow.ProveByFaceAsync();

        var consent = await flow.TapOnAsync(FlowState.Consent, new Answer(true));
        var completed = await flow.ScreenAsync(FlowState.Completed);

        Assert.True(consent.CertificateExpiresSoon);
        Assert.True(completed.CertificateExpiresSoon);
    }

    [Fact]
    public async Task A_certificate_in_its_grace_after_expiry_asks_no_viewing_consent_but_what_rests_on_eligibility()
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with
        {
            Consents = [.. ConsentSets.National2024, ConsentItem.LimitApplication], PrescriptionChoice = true,
        });
        flow.Terminal.Answer(LinkRequestKind.Qualify, r => new LinkReply(r.MessageId, r.SessionId)
        {
            Qualification = new QualificationNotice("REF-TEST", QualificationStatus.Valid, CertificateExpiresSoon: false) { CertificateInGrace = true },
        });
        await flow.ProveByFaceAsync();

        var limit = await flow.TapOnAsync(FlowState.Consent, new Answer(true));
        var prescription = await flow.TapOnAsync(FlowState.PrescriptionChoice, new ChoosePrescription(PrescriptionIssue.Paper));
        var completed = await flow.ScreenAsync(FlowState.Completed);
        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal(ConsentItem.LimitApplication, limit.Consent);
        Assert.Single(flow.Shown, s => s.State == FlowState.Consent);
        Assert.True(limit.CertificateInGrace);
        Assert.True(prescription.CertificateInGrace);
        Assert.True(completed.CertificateInGrace);
        var complete = Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete));
        Assert.Equal([ConsentItem.LimitApplication], complete.Consents!.Select(a => a.Item));
        Assert.Equal(PrescriptionIssue.Paper, complete.Prescription);
    }
}
