using System.Xml.Linq;
using MynaGate.Chain;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>Taps count only on the screen they were made on (R03, R12, R30), and the flow's input queue is bounded.</summary>
[Collection(ChainGroup.Name)]
public sealed class ScreenBoundInputTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Keys_read_off_an_old_pad_layout_never_become_pin_digits()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(131, Faces.ChipPhoto);
        await reader.InsertAsync(card, 131, []);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        var pad = await reader.WaitForAsync(FlowState.PinEntry, Drive.Step);
        var layout = pad.PadLayout!.ToList();
        string pin = card.Image.Persona.Pin;

        // the right PIN by the positions of this layout, but tapped on a layout the reader no longer shows
        foreach (char digit in pin) reader.Flow.Send(new PadKey(layout.IndexOf(digit - '0')) { Pad = "00000000DEADBEEF" });
        reader.Flow.Send(new PadSubmit { Pad = "00000000DEADBEEF" });
        // then one key on the pad shown: once it counts, the taps before it have been handled
        reader.Flow.Send(new PadKey(layout.IndexOf(pin[0] - '0')) { Pad = pad.PadNonce });
        await Drive.WaitUntilAsync(() => reader.Flow.Screen.DigitsEntered > 0);

        Assert.Equal(1, reader.Flow.Screen.DigitsEntered);
        Assert.Equal(FlowState.PinEntry, reader.Flow.Screen.State);
        Assert.Null(reader.Flow.Screen.ErrorCode);
        Assert.Equal(pad.TriesLeft, reader.Flow.Screen.TriesLeft);
        reader.Flow.Send(new Cancel());
        Assert.Equal(FlowErrors.Cancelled, (await reader.NextOutcomeAsync(Session)).ErrorCode);
    }

    [Fact]
    public async Task A_double_tap_on_agree_answers_only_the_consent_it_was_made_on()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(132, Faces.ChipPhoto);
        await reader.InsertAsync(card, 132, []);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        var first = await reader.WaitForAsync(FlowState.Consent, Drive.Step);

        reader.Flow.Send(new Answer(true) { Screen = first.Version });
        reader.Flow.Send(new Answer(true) { Screen = first.Version });
        var second = await NextConsentAsync(reader, first);
        // the second consent is declined on its own screen: had the double tap answered it, this would answer the third
        reader.Flow.Send(new Answer(false) { Screen = second.Version });
        var third = await NextConsentAsync(reader, second);
        reader.Flow.Send(new Answer(true) { Screen = third.Version });
        var fourth = await NextConsentAsync(reader, third);
        reader.Flow.Send(new Answer(true) { Screen = fourth.Version });
        var outcome = await reader.NextOutcomeAsync(Session);

        Assert.Null(outcome.ErrorCode);
        var result = XDocument.Load(Path.Combine(Chain.FaceFolder, outcome.ResultFile!)).Root!
            .Element("MessageBody")!.Element("ResultList")!.Element("ResultOfQualificationConfirmation")!;
        Assert.Equal("1", result.Element("PharmacistsInfoConsFlg")!.Value);
        Assert.Equal("0", result.Element("DiagnosisInfoConsFlg")!.Value);
        Assert.Equal("1", result.Element("SpecificHealthCheckupsInfoConsFlg")!.Value);
        Assert.Equal("1", result.Element("LimitApplicationCertificateRelatedConsFlg")!.Value);
    }

    [Fact]
    public async Task A_flood_of_taps_is_cut_off_at_the_queue_not_kept()
    {
        var reader = Chain.Readers[0];
        var phone = await Chain.CardAsync(179, null, kind: MynaGate.Card.Virtual.VirtualCardKind.IPhone);
        using var confirmed = new ManualResetEventSlim();
        phone.HolderConfirms = () => confirmed.Wait(Session);
        try
        {
            await reader.WaitForAsync(FlowState.Idle, Drive.Step);
            reader.Flow.Send(new UseSmartphone());
            await reader.WaitForAsync(FlowState.PhoneWait, Drive.Step);
            await reader.TapPhoneAsync(phone);
            // while the iPhone waits for its holder the flow reads no input: a flood fills the queue, which then refuses
            var confirm = await reader.WaitForAsync(FlowState.PhoneConfirm, Drive.Step);
            int taken = Enumerable.Range(0, 100).Count(_ => reader.Flow.Send(new Answer(true) { Screen = confirm.Version }));
            Assert.InRange(taken, 1, 32);
            Assert.False(reader.Flow.Send(new Answer(true) { Screen = confirm.Version }));
            confirmed.Set();

            // what the queue held was made on the confirmation screen: no consent is answered by it
            await Drive.AnswerConsentsAsync(reader, true, false, true, true);
            var outcome = await reader.NextOutcomeAsync(Session);
            Assert.Null(outcome.ErrorCode);
            var result = XDocument.Load(Path.Combine(Chain.FaceFolder, outcome.ResultFile!)).Root!
                .Element("MessageBody")!.Element("ResultList")!.Element("ResultOfQualificationConfirmation")!;
            Assert.Equal("0", result.Element("DiagnosisInfoConsFlg")!.Value);
        }
        finally
        {
            confirmed.Set();
        }
    }

    private static async Task<FlowScreen> NextConsentAsync(ChainReader reader, FlowScreen after)
    {
        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.Consent } s && s.ScreenId != after.ScreenId);
        return reader.Flow.Screen;
    }
}
