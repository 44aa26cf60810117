using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Onshi.Seeding;
using MynaGate.Reader.Flow;
using MynaGate.Terminal.Logging;

namespace MynaGate.EndToEnd.Tests;

/// <summary>Every way a session can go wrong ends in a defined state, with no result file and a wiped session.</summary>
[Collection(ChainGroup.Name)]
public sealed class FailureTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(FlowState.MethodChoice)]
    [InlineData(FlowState.PinEntry)]
    [InlineData(FlowState.Consent)]
    public async Task Pulling_the_card_ends_the_session_without_a_result(FlowState pulledAt)
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(110, null);
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        await reader.InsertAsync(card, 110, Faces.Genuine);
        await reader.WaitForAsync(FlowState.MethodChoice, Drive.Step);
        if (pulledAt != FlowState.MethodChoice)
        {
            reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Pin));
            if (pulledAt == FlowState.Consent) await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
            await reader.WaitForAsync(pulledAt, Drive.Step);
        }
        await reader.RemoveAsync();
        var outcome = await reader.NextOutcomeAsync(Session);

        Assert.Equal(FlowErrors.CardRemoved, outcome.ErrorCode);
        Assert.Null(outcome.ResultFile);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
        Assert.Equal(files, Directory.GetFiles(Chain.FaceFolder).Length);
        await reader.WaitForAsync(FlowState.Idle, Drive.Step);
        // the terminal heard of the abandoned session and dropped what it held for it
        await Drive.WaitUntilAsync(() => Chain.Terminal.Relay.OpenSessions == 0);
    }

    [Fact]
    public async Task A_camera_that_is_gone_ends_the_session_with_a_code_and_the_next_patient_is_served()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(112, Faces.ChipPhoto);
        string faceCamera = Chain.Layout.ReaderCamera(reader.Id, "face");
        await reader.InsertAsync(card, 112, Faces.Genuine);
        await reader.WaitForAsync(FlowState.MethodChoice, Drive.Step);
        // the face camera unplugged: its image-sequence folder is gone when the face step opens it
        Directory.Delete(faceCamera, recursive: true);
        reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Face));
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Equal(FlowErrors.ReaderFault, outcome.ErrorCode);
        Assert.Null(outcome.ResultFile);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
        await reader.WaitForAsync(FlowState.Idle, Drive.Step);

        // the same reader, camera back, serves the next patient
        await reader.InsertAsync(card, 112, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(reader, true, true, true, true);
        var next = await reader.NextOutcomeAsync(Session);
        Assert.Null(next.ErrorCode);
        Assert.NotNull(next.ResultFile);
    }

    [Fact]
    public async Task A_card_without_qualification_gets_its_answer_written_and_the_patient_sent_to_the_counter()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(111, null, EnrolmentScenario.NotRegistered);
        await reader.InsertAsync(card, 111, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Equal(FlowErrors.NotQualified, outcome.ErrorCode);
        var xml = System.Xml.Linq.XDocument.Load(Path.Combine(Chain.FaceFolder, outcome.ResultFile!));
        Assert.Equal("4", xml.Descendants("QualificationValidity").Single().Value);
        Assert.Empty(xml.Descendants("ResultOfQualificationConfirmation"));
    }

    [Fact]
    public async Task A_revoked_certificate_is_refused_by_the_national_service()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(112, null);
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(card.Image.AuthenticationCertificate);
        await Chain.Onshi.Store.RevokeAsync(certificate.SerialNumber, DateTimeOffset.UtcNow);
        var before = Directory.GetFiles(Chain.FaceFolder).ToHashSet();
        await reader.InsertAsync(card, 112, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Equal(LinkErrorCodes.CertificateRevoked, outcome.ErrorCode);
        Assert.Null(outcome.ResultFile);
        var log = await Chain.Terminal.Log.ReadAsync();
        Assert.Contains(log, e => e.Event == TerminalEvent.QualificationRefused && e.ErrorCode == LinkErrorCodes.CertificateRevoked && e.ReaderId == reader.Id);
        // the receipt computer is told as real files tell it: 異常終了 with the code, and nothing of the person
        string refusal = Assert.Single(Directory.GetFiles(Chain.FaceFolder).Except(before), f => Path.GetFileName(f).Contains($"_{reader.Id}-", StringComparison.Ordinal));
        var xml = System.Xml.Linq.XDocument.Load(refusal);
        Assert.Equal("9", xml.Descendants("SegmentOfResult").Single().Value);
        Assert.Equal(LinkErrorCodes.CertificateRevoked, xml.Descendants("ErrorCode").Single().Value);
        Assert.Empty(xml.Descendants("ResultOfQualificationConfirmation"));
        Assert.Empty(MynaGate.Terminal.Results.ResultXmlChecker.Check(xml));
    }

    [Fact]
    public async Task A_terminal_restarted_mid_session_ends_it_cleanly_and_the_next_patient_is_served()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(113, null);
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        await reader.InsertAsync(card, 113, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        await reader.WaitForAsync(FlowState.Consent, Drive.Step);
        await Chain.RestartTerminalAsync();
        await Drive.AnswerConsentsAsync(reader, true, true, true, true);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        // the restarted terminal holds no qualification for the session: refused, nothing half-written
        Assert.Equal(LinkErrorCodes.SessionUnknown, outcome.ErrorCode);
        Assert.Equal(files, Directory.GetFiles(Chain.FaceFolder).Length);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");

        var again = await Chain.CardAsync(114, null);
        await reader.InsertAsync(again, 114, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, again.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(reader, false, false, false, false);
        var next = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();
        Assert.Null(next.ErrorCode);
    }
}
