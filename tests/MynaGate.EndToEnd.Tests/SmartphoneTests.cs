using System.Xml.Linq;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Chain;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Terminal.Results;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// Smartphone マイナ保険証 (R32) and two tokens at once (R37): the patient taps スマートフォン on the idle screen and
/// holds the phone over the smartphones' reader; an Android phone's own スマホ用PIN is typed on the reader, an iPhone is
/// confirmed on the phone; the consents go on after the phone is taken away, and the result passes xml check.
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class SmartphoneTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_Android_phone_is_verified_by_its_own_pin_on_the_reader_and_the_consents_go_on_without_it()
    {
        var reader = Chain.Readers[0];
        var phone = await Chain.CardAsync(168, null, kind: VirtualCardKind.Android);
        var persona = phone.Image.Persona;
        // compared without printing either on failure: test output carries no PIN
        Assert.True(persona.Pin != persona.PhonePin, "the seed's phone PIN equals its card PIN");
        var seen = Record(reader, out var stop);
        try
        {
            await HoldPhoneAsync(reader, phone);
            // the card's PIN is not the phone's
            var entry = await Drive.EnterPinAsync(reader, persona.Pin);
            Assert.True(entry.Phone);
            await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.PinEntry, ErrorCode: FlowErrors.PinWrong, TriesLeft: 2 });
            await Drive.EnterPinAsync(reader, persona.PhonePin);
            var outcome = reader.NextOutcomeAsync(Session);
            await reader.WaitForAsync(FlowState.Consent, Drive.Step);
            // done with the phone once it signed: taking it away does not end the session
            await reader.LiftPhoneAsync();
            await Drive.AnswerConsentsAsync(reader, true, true, false, true);
            var done = await outcome;

            Assert.Null(done.ErrorCode);
            Assert.Equal(AuthenticationMethod.Pin, done.Method);
            var xml = XDocument.Load(Path.Combine(Chain.FaceFolder, done.ResultFile!));
            Assert.DoesNotContain(ResultXmlChecker.Check(xml), f => !f.IsWarning);
            Assert.True(done.Session!.OwnedMemoryIsZero(), "the session's memory was not wiped");
            lock (seen) Assert.DoesNotContain(seen, s => s.State is FlowState.MethodChoice or FlowState.FaceCapture or FlowState.CardFaceReading or FlowState.VisualCheck);
        }
        finally
        {
            stop();
        }
    }

    [Fact]
    public async Task An_iphone_is_confirmed_on_the_phone_with_no_pin_pad()
    {
        var reader = Chain.Readers[1];
        var phone = await Chain.CardAsync(169, null, kind: VirtualCardKind.IPhone);
        using var confirmed = new ManualResetEventSlim();
        phone.HolderConfirms = () => confirmed.Wait(Drive.Step);
        var seen = Record(reader, out var stop);
        try
        {
            await HoldPhoneAsync(reader, phone);
            var confirm = await reader.WaitForAsync(FlowState.PhoneConfirm, Drive.Step);
            Assert.Equal("4-3", confirm.ScreenId);
            confirmed.Set();
            var outcome = reader.NextOutcomeAsync(Session);
            await Drive.AnswerConsentsAsync(reader, true, false, false, true);
            var done = await outcome;
            await reader.LiftPhoneAsync();

            Assert.Null(done.ErrorCode);
            var xml = XDocument.Load(Path.Combine(Chain.FaceFolder, done.ResultFile!));
            Assert.DoesNotContain(ResultXmlChecker.Check(xml), f => !f.IsWarning);
            lock (seen) Assert.DoesNotContain(seen, s => s.State is FlowState.PinEntry or FlowState.MethodChoice);
        }
        finally
        {
            stop();
            confirmed.Set();
        }
    }

    [Fact]
    public async Task An_iphone_whose_holder_declines_on_the_phone_ends_with_its_own_code()
    {
        var reader = Chain.Readers[0];
        var phone = await Chain.CardAsync(170, null, kind: VirtualCardKind.IPhone);
        phone.HolderConfirms = () => false;
        await HoldPhoneAsync(reader, phone);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.LiftPhoneAsync();

        Assert.Equal(FlowErrors.PhoneNotConfirmed, outcome.ErrorCode);
        Assert.Null(outcome.ResultFile);
    }

    [Fact]
    public async Task A_card_held_over_the_smartphones_reader_is_sent_to_the_card_slot()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(171, null);
        await HoldPhoneAsync(reader, card);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.LiftPhoneAsync();

        Assert.Equal(FlowErrors.CardOnPhoneReader, outcome.ErrorCode);
    }

    [Fact]
    public async Task A_phone_without_its_user_authentication_certificate_is_refused_with_a_clear_code()
    {
        var reader = Chain.Readers[0];
        var issued = await Chain.CardAsync(172, null, kind: VirtualCardKind.Android);
        var phone = new VirtualMyNumberCard(issued.Image with { AuthenticationCertificate = [] });
        await HoldPhoneAsync(reader, phone);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.LiftPhoneAsync();

        Assert.Equal(FlowErrors.PhoneUnusable, outcome.ErrorCode);
    }

    [Fact]
    public async Task A_card_and_a_phone_at_once_are_neither_taken_whichever_came_first()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(173, null);
        var phone = await Chain.CardAsync(173, null, kind: VirtualCardKind.Android);

        // the phone left on its reader, then the card placed (once pcscd has found the phone: it powers a token on when it does)
        await reader.TapPhoneAsync(phone);
        await Drive.WaitUntilAsync(() => phone.PowerOns > 0);
        await reader.InsertAsync(card, 173, []);
        var first = await reader.NextOutcomeAsync(Session);
        Assert.Equal(FlowErrors.CardAndPhone, first.ErrorCode);
        await reader.RemoveAsync();
        await reader.LiftPhoneAsync();
        await reader.WaitForAsync(FlowState.Idle, Drive.Step);

        // スマートフォン chosen, a card placed meanwhile (and found by pcscd), then the phone held
        var placedAgain = new VirtualMyNumberCard(card.Image);
        reader.Flow.Send(new UseSmartphone());
        await reader.WaitForAsync(FlowState.PhoneWait, Drive.Step);
        await reader.InsertAsync(placedAgain, 173, []);
        await Drive.WaitUntilAsync(() => placedAgain.PowerOns > 0);
        await reader.TapPhoneAsync(phone);
        var second = await reader.NextOutcomeAsync(Session);
        Assert.Equal(FlowErrors.CardAndPhone, second.ErrorCode);
        Assert.Null(second.ResultFile);
    }

    [Fact]
    public async Task The_phone_screen_goes_back_to_idle_when_cancelled_and_a_card_placed_then_is_served()
    {
        var reader = Chain.Readers[1];
        await reader.WaitForAsync(FlowState.Idle, Drive.Step);
        Assert.True(reader.Flow.Screen.SmartphoneAvailable);
        reader.Flow.Send(new UseSmartphone());
        await reader.WaitForAsync(FlowState.PhoneWait, Drive.Step);
        reader.Flow.Send(new Cancel());
        await reader.WaitForAsync(FlowState.Idle, Drive.Step);

        var card = await Chain.CardAsync(174, null);
        await reader.InsertAsync(card, 174, []);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(reader, true, true, true, true);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();
        Assert.Null(outcome.ErrorCode);
    }

    /// <summary>Taps スマートフォン on the idle screen and holds <paramref name="phone"/> over the smartphones' reader.</summary>
    private static async Task HoldPhoneAsync(ChainReader reader, VirtualMyNumberCard phone)
    {
        var idle = await reader.WaitForAsync(FlowState.Idle, Drive.Step);
        Assert.True(idle.SmartphoneAvailable);
        reader.Flow.Send(new UseSmartphone());
        var wait = await reader.WaitForAsync(FlowState.PhoneWait, Drive.Step);
        Assert.Equal("2-2", wait.ScreenId);
        await reader.TapPhoneAsync(phone);
    }

    private static List<FlowScreen> Record(ChainReader reader, out Action stop)
    {
        var seen = new List<FlowScreen>();
        void Watch(FlowScreen screen)
        {
            lock (seen) seen.Add(screen);
        }
        reader.Flow.ScreenChanged += Watch;
        stop = () => reader.Flow.ScreenChanged -= Watch;
        return seen;
    }
}
