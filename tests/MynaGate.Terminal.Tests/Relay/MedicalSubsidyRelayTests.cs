using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Tests.Results;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// PMH (R39): the terminal tells the reader only that the hub holds 受給者証 for the patient, and writes them into the
/// result only when the patient chose to use them; the log says which, without the certificates.
/// </summary>
public sealed class MedicalSubsidyRelayTests : IAsyncLifetime
{
    private const string Reference = "0000000003";
    private readonly List<IAsyncDisposable> _owned = [];
    private IReadOnlyList<MedicalSubsidy> _subsidies = [];

    private RelayUnderTest Terminal => (RelayUnderTest)_owned[1];

    public async Task InitializeAsync()
    {
        var service = await FakeNationalService.StartAsync(app =>
        {
            app.MapPost(OnshiRoutes.Qualifications, () => Microsoft.AspNetCore.Http.Results.Json(
                new QualificationResponse(Reference, QualificationStatus.Valid, DateTimeOffset.UtcNow, false, [ResultXmlSample.Insured()]) { MedicalSubsidies = _subsidies },
                LinkJson.Options));
            app.MapPost(OnshiRoutes.Consents(Reference), () => Microsoft.AspNetCore.Http.Results.Json(new ConsentResponse(Reference, []), LinkJson.Options));
        });
        _owned.Add(service);
        _owned.Add(await RelayUnderTest.StartAsync(service.Address, service.Pin));
    }

    [Theory]
    [InlineData(true, TerminalEvent.MedicalSubsidiesUsed)]
    [InlineData(false, TerminalEvent.MedicalSubsidiesDeclined)]
    public async Task The_certificates_reach_the_result_only_when_the_patient_chose_to_use_them(bool use, TerminalEvent logged)
    {
        _subsidies = [new MedicalSubsidy
        {
            InsurerNumber = "88131016", RecipientNumber = "1234566", ProgramName = "子ども医療費助成", Municipality = "13101", ValidFrom = new(2026, 4, 1),
        }];
        var qualified = await QualifyAsync("S1");
        Assert.True(qualified.Qualification!.MedicalSubsidiesAvailable);

        var body = await CompleteAsync("S1", use);

        Assert.Equal(use ? "1" : "2", body.Element("MedicalSubsidyUseSelect")?.Value);
        Assert.Equal(use ? ["1234566"] : [], body.Descendants("MedicalSubsidyRecipientNumber").Select(e => e.Value));
        var log = await Terminal.Log.ReadAsync();
        Assert.Contains(log, e => e.Event == logged && e.ReaderId == "R01" && e.ErrorCode is null);
        Assert.DoesNotContain(log, e => e.Event == (use ? TerminalEvent.MedicalSubsidiesDeclined : TerminalEvent.MedicalSubsidiesUsed));
    }

    [Fact]
    public async Task Without_certificates_on_the_hub_the_reader_is_told_none_and_a_reader_claiming_an_answer_adds_nothing()
    {
        _subsidies = [];
        var qualified = await QualifyAsync("S2");
        Assert.False(qualified.Qualification!.MedicalSubsidiesAvailable);

        var body = await CompleteAsync("S2", use: true);

        Assert.DoesNotContain(body.Elements(), e => e.Name.LocalName.StartsWith("MedicalSubsidy", StringComparison.Ordinal));
        Assert.DoesNotContain(await Terminal.Log.ReadAsync(), e => e.Event is TerminalEvent.MedicalSubsidiesUsed or TerminalEvent.MedicalSubsidiesDeclined);
    }

    private async Task<LinkReply> QualifyAsync(string session)
    {
        var reply = await Terminal.QualifyAsync(session);
        Assert.Null(reply.Error);
        return reply;
    }

    private async Task<XElement> CompleteAsync(string session, bool use)
    {
        var reply = await Terminal.Relay.HandleAsync(Terminal.Reader, new LinkRequest("m3", session, LinkRequestKind.Complete)
        {
            Consents = [], UseMedicalSubsidies = use, WaitMs = 5000,
        }, CancellationToken.None);
        Assert.Null(reply.Error);
        return XDocument.Load(Path.Combine(Terminal.FaceFolder, reply.ResultFile!)).Root!.Element("MessageBody")!;
    }

    public async Task DisposeAsync()
    {
        for (int i = _owned.Count - 1; i >= 0; i--) await _owned[i].DisposeAsync();
    }
}
