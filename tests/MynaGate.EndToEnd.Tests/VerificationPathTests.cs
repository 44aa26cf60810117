using System.Xml.Linq;
using MynaGate.Chain;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>Whole verifications through pcscd/vpcd, the paired TLS link, the terminal and the emulator.</summary>
[Collection(ChainGroup.Name)]
public sealed class VerificationPathTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Fact]
    public void The_process_hosting_readers_cannot_be_core_dumped() => Assert.False(Reader.Hardening.ProcessHardening.IsDumpable());

    [Fact]
    public async Task A_genuine_face_writes_the_result_with_the_consents_given()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(101, Faces.ChipPhoto);
        await reader.InsertAsync(card, 101, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        await Drive.AnswerConsentsAsync(reader, true, false, true, true);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Face, outcome.Method);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
        var xml = XDocument.Load(Path.Combine(Chain.FaceFolder, outcome.ResultFile!));
        var result = xml.Root!.Element("MessageBody")!.Element("ResultList")!.Element("ResultOfQualificationConfirmation")!;
        Assert.Equal("1", xml.Root!.Element("MessageBody")!.Element("QualificationValidity")!.Value);
        Assert.True(result.Element("Name")!.Value == card.Image.Persona.Name, "the result names someone other than the card's holder");
        Assert.Equal("1", result.Element("PharmacistsInfoConsFlg")!.Value);
        Assert.Matches("^[0-9]{14}$", result.Element("PharmacistsInfoConsTime")!.Value);
        Assert.Matches("^[0-9]{14}$", result.Element("PharmacistsInfoAvailableTime")!.Value);
        Assert.Equal("0", result.Element("DiagnosisInfoConsFlg")!.Value);
        Assert.Null(result.Element("DiagnosisInfoConsTime"));
        Assert.Equal("0", result.Element("OperationInfoConsFlg")!.Value);
        Assert.Equal("1", result.Element("SpecificHealthCheckupsInfoConsFlg")!.Value);
        Assert.Equal("1", result.Element("LimitApplicationCertificateRelatedConsFlg")!.Value);
        Assert.Matches("^OQSsiquc01res_face_R01-[0-9]{4}_[0-9]{14}\\.xml$", outcome.ResultFile);
    }

    [Fact]
    public async Task Another_persons_face_is_refused_and_the_pin_is_offered()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(102, Faces.ChipPhoto);
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        await reader.InsertAsync(card, 102, Faces.Impostor);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        var retry = await reader.WaitForAsync(FlowState.FaceRetry, Drive.Step);
        Assert.Equal("3-4", retry.ScreenId);
        reader.Flow.Send(new Retry());
        var choice = await WaitForMethodChoiceWithErrorAsync(reader);
        Assert.Equal(FlowErrors.FaceNotMatched, choice.ErrorCode);
        Assert.False(choice.FaceAvailable);
        reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Face));
        reader.Flow.Send(new Cancel());
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Equal(FlowErrors.Cancelled, outcome.ErrorCode);
        Assert.Null(outcome.ResultFile);
        Assert.Equal(files, Directory.GetFiles(Chain.FaceFolder).Length);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    [Fact]
    public async Task A_masked_face_is_asked_once_to_lower_the_mask_and_then_matches()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(104, MaskedHolderChipSource());
        await reader.InsertAsync(card, 104, Faces.MaskedThenLowered);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        var prompt = await reader.WaitForAsync(FlowState.LowerMask, Drive.Step);
        Assert.Equal("3-3", prompt.ScreenId);
        Assert.Equal(Vision.Faces.QualityReason.Masked, prompt.Guidance);
        reader.Flow.Send(new Retry());
        await Drive.AnswerConsentsAsync(reader, true, true, true, true);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Face, outcome.Method);
        Assert.True(File.Exists(Path.Combine(Chain.FaceFolder, outcome.ResultFile!)));
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    [Fact]
    public async Task A_masked_holder_the_engine_recognises_is_matched_without_the_prompt()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(147, MaskedHolderChipSource());
        await reader.InsertAsync(card, 147, Faces.HolderMasked);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        await Drive.AnswerConsentsAsync(reader, true, true, true, true);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Face, outcome.Method);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    // the chip holds a JPEG 2000 made from a JPEG; the dataset's photos are PNG
    private string MaskedHolderChipSource()
    {
        string photo = Path.Combine(Fixture.StateDirectory, "masked-holder.jpg");
        using var png = Vision.Imaging.VisionImage.Decode(File.ReadAllBytes(Faces.MaskedHolderPhoto), Vision.Imaging.ImageLimits.Default);
        File.WriteAllBytes(photo, png.Encode(Vision.Imaging.ImageFormat.Jpeg));
        return photo;
    }

    [Fact]
    public async Task The_right_pin_writes_the_result_after_showing_three_tries()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(103, null);
        await reader.InsertAsync(card, 103, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        var entry = await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(reader, false, false, false, false);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Equal(3, entry.TriesLeft);
        Assert.False(entry.LastTry);
        Assert.Equal(10, entry.PadLayout!.Distinct().Count());
        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Pin, outcome.Method);
        var xml = XDocument.Load(Path.Combine(Chain.FaceFolder, outcome.ResultFile!));
        Assert.All(xml.Descendants().Where(e => e.Name.LocalName.EndsWith("ConsFlg", StringComparison.Ordinal)), e => Assert.Equal("0", e.Value));
        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName.EndsWith("ConsTime", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_pins_show_the_tries_left_then_the_blocked_card_goes_to_the_staff_check()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(104, null);
        string wrong = card.Image.Persona.Pin == "0000" ? "1111" : "0000";
        await reader.InsertAsync(card, 104, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        var first = await Drive.EnterPinAsync(reader, wrong);
        var second = await WaitForPinEntryAsync(reader, 2);
        Assert.Equal(FlowErrors.PinWrong, second.ErrorCode);
        Assert.NotEqual(first.PadLayout, second.PadLayout);
        await Drive.EnterPinAsync(reader, wrong);
        var last = await WaitForPinEntryAsync(reader, 1);
        Assert.True(last.LastTry);
        await Drive.EnterPinAsync(reader, wrong);

        var choice = await WaitForMethodChoiceWithErrorAsync(reader);
        Assert.Equal(FlowErrors.PinBlocked, choice.ErrorCode);
        Assert.True(choice.VisualAvailable);
        reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Visual));
        await reader.WaitForAsync(FlowState.VisualCheck, Drive.Step);
        reader.Flow.Send(new StaffDecision(true));
        await Drive.AnswerConsentsAsync(reader, true, true, true, true);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Visual, outcome.Method);
        Assert.True(File.Exists(Path.Combine(Chain.FaceFolder, outcome.ResultFile!)));
    }

    [Fact]
    public async Task Two_readers_verify_at_the_same_time_without_mixing_their_patients()
    {
        var first = await Chain.CardAsync(105, Faces.ChipPhoto);
        var second = await Chain.CardAsync(106, null);
        await Chain.Readers[0].InsertAsync(first, 105, Faces.Genuine);
        await Chain.Readers[1].InsertAsync(second, 106, Faces.Genuine);
        await Task.WhenAll(
            Task.Run(async () =>
            {
                await Drive.ChooseAsync(Chain.Readers[0], AuthenticationMethod.Face);
                await Drive.AnswerConsentsAsync(Chain.Readers[0], true, true, true, true);
            }),
            Task.Run(async () =>
            {
                await Drive.ChooseAsync(Chain.Readers[1], AuthenticationMethod.Pin);
                await Drive.EnterPinAsync(Chain.Readers[1], second.Image.Persona.Pin);
                await Drive.AnswerConsentsAsync(Chain.Readers[1], false, false, false, false);
            }));
        var outcomes = await Task.WhenAll(Chain.Readers[0].NextOutcomeAsync(Session), Chain.Readers[1].NextOutcomeAsync(Session));
        await Task.WhenAll(Chain.Readers[0].RemoveAsync(), Chain.Readers[1].RemoveAsync());

        Assert.All(outcomes, o => Assert.Null(o.ErrorCode));
        var names = outcomes.Select(o => XDocument.Load(Path.Combine(Chain.FaceFolder, o.ResultFile!)).Descendants("Name").Single().Value).ToArray();
        Assert.True(names[0] == first.Image.Persona.Name && names[1] == second.Image.Persona.Name, "a result names the other reader's patient");
        Assert.Equal(0, Chain.Terminal.Relay.OpenSessions);
    }

    internal static async Task<FlowScreen> WaitForMethodChoiceWithErrorAsync(ChainReader reader)
    {
        var deadline = DateTime.UtcNow + Drive.Step;
        while (true)
        {
            var screen = reader.Flow.Screen;
            if (screen is { State: FlowState.MethodChoice, ErrorCode: not null }) return screen;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The reader shows {screen.State}.");
            await Task.Delay(20);
        }
    }

    private static async Task<FlowScreen> WaitForPinEntryAsync(ChainReader reader, int triesLeft)
    {
        var deadline = DateTime.UtcNow + Drive.Step;
        while (true)
        {
            var screen = reader.Flow.Screen;
            if (screen.State == FlowState.PinEntry && screen.TriesLeft == triesLeft) return screen;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The reader shows {screen.State} with {screen.TriesLeft} tries.");
            await Task.Delay(20);
        }
    }
}
