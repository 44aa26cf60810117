using System.Xml.Linq;
using MynaGate.Certificates;
using MynaGate.Certificates.Xml;
using MynaGate.Chain;
using MynaGate.Ocr.Synthetic;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Terminal.Logging;

namespace MynaGate.EndToEnd.Tests;

/// <summary>The chain with 公費 paper mode on (R17–R19): one reader, the default three certificates and the 保険証.</summary>
public sealed class PaperModeChainFixture : ChainFixture
{
    protected override ChainOptions Options => base.Options with
    {
        Readers = 1,
        Flow = base.Options.Flow with
        {
            PaperMode = true,
            PaperForms = [CertificateForm.ChildMedical, CertificateForm.SingleParentMedical, CertificateForm.DisabilityMedical, CertificateForm.HealthInsuranceCard],
        },
    };
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PaperModeChainGroup : ICollectionFixture<PaperModeChainFixture>
{
    public const string Name = "chain in paper mode";
}

[Collection(PaperModeChainGroup.Name)]
public sealed class PaperModeTests(PaperModeChainFixture fixture) : ChainTest<PaperModeChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(90);
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    private ChainReader Reader => Chain.Readers[0];

    [Fact]
    public async Task A_confirmed_certificate_is_written_beside_the_result_with_its_reference_number()
    {
        var choice = await VerifyByPinAsync(141);
        Assert.Equal("7-1", choice.ScreenId);
        Assert.Equal(BreadcrumbStep.PublicExpense, choice.Step);
        Assert.Equal(4, choice.PaperForms!.Count);

        // the card is no longer needed: the patient takes it out and lays the certificate in its place
        await Reader.RemoveAsync();
        var truth = CertificateGenerator.Generate(CertificateForm.ChildMedical, 141, Today);
        Reader.PlaceCertificate(truth, 141);
        Reader.Flow.Send(new ChooseCertificate(CertificateForm.ChildMedical));
        var confirm = await Reader.WaitForAsync(FlowState.PaperConfirm, Session);
        Assert.Equal("7-3", confirm.ScreenId);
        Assert.Equal(CertificateForm.ChildMedical, confirm.PaperForm);
        Assert.All(confirm.PaperFields!.Where(f => f.Confirmed), f => Assert.True(truth.Values[f.Kind] == f.Value, $"confirmed {f.Kind} differs from the printed value"));
        int asPrinted = truth.Values.Count(t => confirm.PaperFields!.Any(f => f.Kind == t.Key && f.Value == t.Value));
        Assert.True(asPrinted >= truth.Values.Count - 1, $"{asPrinted} of {truth.Values.Count} fields read as printed");
        var completed = WaitForCompletedAsync();
        Reader.Flow.Send(new Answer(true));
        var outcome = await Reader.NextOutcomeAsync(Session);

        Assert.Null(outcome.ErrorCode);
        Assert.True((await completed).CertificateSent, "the completion screen does not send the patient to the counter with the certificate");
        Assert.Matches("^MynaGateCert01res_R01_[0-9]{14}\\.xml$", outcome.CertificateFile);
        var result = XDocument.Load(Path.Combine(Chain.FaceFolder, outcome.ResultFile!));
        var certificate = XDocument.Load(Path.Combine(Chain.CertificateFolder, outcome.CertificateFile!));
        // the Face folder holds the national interface's files only: a receipt computer reading every file there meets none of ours
        Assert.Empty(Directory.GetFiles(Chain.FaceFolder, CertificateXml.FilePrefix + "*"));
        Assert.Equal(result.Descendants("ReferenceNumber").Single().Value, certificate.Descendants("ReferenceNumber").Single().Value);
        Assert.Equal(result.Descendants("InsurerNumber").Single().Value.Trim(), certificate.Descendants("InsurerNumber").Single().Value);
        Assert.Equal("kodomo", certificate.Descendants("FormCode").Single().Value);
        var written = certificate.Descendants("Field").ToDictionary(f => f.Element("Name")!.Value, f => f.Element("Value")!.Value);
        Assert.Equal(confirm.PaperFields!.Count, written.Count);
        Assert.All(confirm.PaperFields!, f => Assert.True(written[f.Kind.ToString()] == f.Value, $"{f.Kind} written differs from what the patient confirmed"));
        var recipient = certificate.Descendants("Field").Single(f => f.Element("Name")!.Value == "RecipientNumber");
        string expectedCheck = CertificateText.Check(CertificateFieldKind.RecipientNumber, recipient.Element("Value")!.Value) == CheckDigitResult.Passed ? "passed" : "failed";
        Assert.Equal(expectedCheck, recipient.Element("CheckDigit")!.Value);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
        Assert.Equal(0, Chain.Terminal.Relay.OpenSessions);
        Assert.Contains(await Chain.Terminal.Log.ReadAsync(), e => e.Event == TerminalEvent.CertificateWritten);
    }

    [Fact]
    public async Task Choosing_no_certificate_writes_the_result_only()
    {
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        int skipped = (await Chain.Terminal.Log.ReadAsync()).Count(e => e.Event == TerminalEvent.CertificateSkipped);
        await VerifyByPinAsync(142);
        Reader.Flow.Send(new ChooseCertificate(null));
        var outcome = await Reader.NextOutcomeAsync(Session);
        await Reader.RemoveAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.NotNull(outcome.ResultFile);
        Assert.Null(outcome.CertificateFile);
        Assert.Equal(files + 1, Directory.GetFiles(Chain.FaceFolder).Length);
        await Drive.WaitUntilAsync(async () => (await Chain.Terminal.Log.ReadAsync()).Count(e => e.Event == TerminalEvent.CertificateSkipped) > skipped);
        Assert.Equal(0, Chain.Terminal.Relay.OpenSessions);
    }

    [Fact]
    public async Task Cancel_while_the_certificate_is_awaited_keeps_the_result_and_writes_no_certificate()
    {
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        await VerifyByPinAsync(143);
        // nothing is laid down: the camera still sees the My Number Card, which is no certificate
        Reader.Flow.Send(new ChooseCertificate(CertificateForm.DisabilityMedical));
        var placement = await Reader.WaitForAsync(FlowState.PaperPlacement, Drive.Step);
        Assert.Equal("7-2", placement.ScreenId);
        Reader.Flow.Send(new Cancel());
        var outcome = await Reader.NextOutcomeAsync(Session);
        await Reader.RemoveAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Null(outcome.CertificateFile);
        Assert.True(File.Exists(Path.Combine(Chain.FaceFolder, outcome.ResultFile!)));
        Assert.Equal(files + 1, Directory.GetFiles(Chain.FaceFolder).Length);
        await Drive.WaitUntilAsync(() => Chain.Terminal.Relay.OpenSessions == 0);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    /// <summary>A PIN verification with every consent given, up to the certificate choice.</summary>
    private async Task<FlowScreen> VerifyByPinAsync(int seed)
    {
        var card = await Chain.CardAsync(seed, Faces.ChipPhoto);
        await Reader.InsertAsync(card, seed, Faces.Genuine);
        await Drive.ChooseAsync(Reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(Reader, card.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(Reader, true, true, true, true);
        return await Reader.WaitForAsync(FlowState.PaperChoice, Drive.Step);
    }

    private Task<FlowScreen> WaitForCompletedAsync() => Reader.WaitForAsync(FlowState.Completed, Session);
}
