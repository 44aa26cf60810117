using MynaGate.Certificates;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>公費 paper mode (R17–R19): after the result, a paper certificate is read, confirmed and sent beside it.</summary>
[Collection(FlowTests.Name)]
public sealed class PaperModeTests(FlowCards cards)
{
    private static FlowOptions Paper => FlowHarness.Quick with { PaperMode = true };

    private static CertificateReading Read(CertificateForm form) => new(form,
        [new CertificateField(CertificateFieldKind.PublicExpenseNumber, "12345678", 90, true, CheckDigitResult.Passed)],
        [], CertificateIssue.None);

    [Fact]
    public async Task A_certificate_read_and_confirmed_is_sent_beside_the_result()
    {
        await using var flow = new FlowHarness(cards, Paper);
        flow.Certificates.IssuesFirst = [CertificateIssue.NoDocument, CertificateIssue.DocumentNotWhole];
        flow.Certificates.Reads = Read;
        await flow.ProveByFaceAsync();

        var choice = await flow.TapOnAsync(FlowState.PaperChoice, new ChooseCertificate(CertificateForm.ChildMedical));
        var confirm = await flow.TapOnAsync(FlowState.PaperConfirm, new Answer(true));
        var outcome = await flow.OutcomeAsync();

        Assert.Equal(Paper.PaperForms, choice.PaperForms);
        Assert.Equal(CertificateForm.ChildMedical, confirm.PaperForm);
        Assert.Contains(flow.Shown, s => s.State == FlowState.PaperPlacement && s.PaperIssue == CertificateIssue.DocumentNotWhole);
        Assert.Equal("result.xml", outcome.ResultFile);
        Assert.Equal("certificate.xml", outcome.CertificateFile);
        var sent = Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Certificate)).PaperCertificate!;
        Assert.Equal(CertificateForms.Code(CertificateForm.ChildMedical), sent.FormCode);
        Assert.True(Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete)).CertificateFollows);
        Assert.True((await flow.ScreenAsync(FlowState.Completed)).CertificateSent);
        Assert.Empty(flow.Terminal.OfKind(LinkRequestKind.Abandon));
    }

    [Fact]
    public async Task Reading_again_replaces_the_reading_and_declining_sends_none()
    {
        await using var flow = new FlowHarness(cards, Paper);
        flow.Certificates.Reads = Read;
        await flow.ProveByFaceAsync();

        await flow.TapOnAsync(FlowState.PaperChoice, new ChooseCertificate(CertificateForm.DisabilityMedical));
        var first = await flow.TapOnAsync(FlowState.PaperConfirm, new Retry());
        await flow.ScreenAsync(s => s.State == FlowState.PaperConfirm && s.Version > first.Version + 1, "the second reading");
        flow.Tap(flow.Flow.Screen, new Answer(false));
        var outcome = await flow.OutcomeAsync();

        Assert.Equal(2, flow.Certificates.Readings);
        Assert.Null(outcome.CertificateFile);
        Assert.Null(outcome.ErrorCode);
        Assert.Empty(flow.Terminal.OfKind(LinkRequestKind.Certificate));
        // the terminal kept the session for a certificate that does not come: it is told to drop it
        Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Abandon));
    }

    [Fact]
    public async Task No_certificate_ends_with_the_result_alone()
    {
        await using var flow = new FlowHarness(cards, Paper);
        await flow.ProveByFaceAsync();

        await flow.TapOnAsync(FlowState.PaperChoice, new ChooseCertificate(null));
        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Null(outcome.CertificateFile);
        Assert.Equal(0, flow.Certificates.Readings);
        Assert.False((await flow.ScreenAsync(FlowState.Completed)).CertificateSent);
    }

    [Fact]
    public async Task Cancel_or_a_timeout_while_placing_only_skips_the_certificate_the_verification_stands()
    {
        await using var flow = new FlowHarness(cards, Paper);
        await flow.ProveByFaceAsync();
        await flow.TapOnAsync(FlowState.PaperChoice, new ChooseCertificate(CertificateForm.SingleParentMedical));
        var placing = await flow.ScreenAsync(FlowState.PaperPlacement);

        await flow.WalkAwayAsync(placing);
        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal("result.xml", outcome.ResultFile);
        Assert.Null(outcome.CertificateFile);
        Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Abandon));
    }

    [Fact]
    public async Task The_card_may_be_taken_away_for_the_certificate_to_be_placed()
    {
        await using var flow = new FlowHarness(cards, Paper);
        flow.Certificates.Reads = Read;
        await flow.ProveByFaceAsync();
        var choice = await flow.ScreenAsync(FlowState.PaperChoice);

        flow.Slot.Remove();
        flow.Tap(choice, new ChooseCertificate(CertificateForm.ChildMedical));
        await flow.TapOnAsync(FlowState.PaperConfirm, new Answer(true));

        Assert.Equal("certificate.xml", (await flow.OutcomeAsync()).CertificateFile);
    }
}
