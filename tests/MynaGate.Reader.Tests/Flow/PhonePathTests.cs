using MynaGate.Card.Virtual;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>スマホ用電子証明書 (R32): a phone held over the smartphones' reader, Android's PIN or an iPhone's own confirmation.</summary>
[Collection(FlowTests.Name)]
public sealed class PhonePathTests(FlowCards cards)
{
    [Fact]
    public async Task The_smartphone_button_is_shown_only_on_a_unit_with_a_smartphones_reader()
    {
        await using (var without = new FlowHarness(cards))
            Assert.False((await without.ScreenAsync(FlowState.Idle)).SmartphoneAvailable);
        await using var with = new FlowHarness(cards, phoneReader: true);
        Assert.True((await with.ScreenAsync(FlowState.Idle)).SmartphoneAvailable);
    }

    [Fact]
    public async Task An_Android_phone_is_verified_with_its_own_PIN_on_this_units_pad()
    {
        await using var flow = new FlowHarness(cards, phoneReader: true);
        await flow.TapOnAsync(FlowState.Idle, new UseSmartphone());
        await flow.ScreenAsync(FlowState.PhoneWait);
        var phone = flow.HoldPhone(VirtualCardKind.Android);

        var pad = await flow.ScreenAsync(FlowState.PinEntry);
        await flow.EnterPinAsync(phone.Image.Persona.PhonePin);
        var outcome = await flow.OutcomeAsync();

        Assert.True(pad.Phone);
        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Pin, outcome.Method);
        Assert.NotNull(Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Qualify)).CardSignature);
        Assert.Equal(0, flow.CardFace.Started);
        Assert.Equal(1, flow.PhoneSlot!.Released);
    }

    [Fact]
    public async Task An_iPhone_asks_its_holder_to_confirm_on_the_phone()
    {
        await using var flow = new FlowHarness(cards, phoneReader: true);
        await flow.TapOnAsync(FlowState.Idle, new UseSmartphone());
        await flow.ScreenAsync(FlowState.PhoneWait);
        var phone = flow.Cards.Fresh(VirtualCardKind.IPhone);
        bool confirmedWhileAsked = false;
        phone.HolderConfirms = () => confirmedWhileAsked = flow.Flow.Screen.State == FlowState.PhoneConfirm;
        flow.PhoneSlot!.Place(phone);

        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.True(confirmedWhileAsked);
        Assert.DoesNotContain(flow.Shown, s => s.State == FlowState.PinEntry);
    }

    [Fact]
    public async Task An_iPhone_whose_holder_declines_ends_with_E110()
    {
        await using var flow = new FlowHarness(cards, phoneReader: true);
        await flow.TapOnAsync(FlowState.Idle, new UseSmartphone());
        await flow.ScreenAsync(FlowState.PhoneWait);
        var phone = flow.Cards.Fresh(VirtualCardKind.IPhone);
        phone.HolderConfirms = () => false;
        flow.PhoneSlot!.Place(phone);

        Assert.Equal(FlowErrors.PhoneNotConfirmed, (await flow.OutcomeAsync()).ErrorCode);
    }

    [Fact]
    public async Task A_card_held_over_the_smartphones_reader_is_E108()
    {
        await using var flow = new FlowHarness(cards, phoneReader: true);
        await flow.TapOnAsync(FlowState.Idle, new UseSmartphone());
        await flow.ScreenAsync(FlowState.PhoneWait);

        flow.HoldPhone(VirtualCardKind.Card);

        Assert.Equal(FlowErrors.CardOnPhoneReader, (await flow.OutcomeAsync()).ErrorCode);
    }

    [Fact]
    public async Task A_card_placed_while_a_phone_lies_on_its_reader_is_E107()
    {
        await using var flow = new FlowHarness(cards, phoneReader: true);
        await flow.ScreenAsync(FlowState.Idle);
        flow.HoldPhone(VirtualCardKind.Android);

        flow.Place();

        Assert.Equal(FlowErrors.CardAndPhone, (await flow.OutcomeAsync()).ErrorCode);
    }

    [Fact]
    public async Task Cancel_while_waiting_for_the_phone_returns_to_the_idle_screen_and_a_card_still_works()
    {
        await using var flow = new FlowHarness(cards, phoneReader: true);
        var idle = await flow.TapOnAsync(FlowState.Idle, new UseSmartphone());
        await flow.TapOnAsync(FlowState.PhoneWait, new Cancel());

        await flow.ScreenAsync(s => s.State == FlowState.Idle && s.Version > idle.Version, "the idle screen again");
        Assert.False(flow.HasOutcome);
        flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
    }

    [Fact]
    public async Task Waiting_for_a_phone_that_never_comes_times_out_to_the_idle_screen()
    {
        await using var flow = new FlowHarness(cards, phoneReader: true);
        await flow.TapOnAsync(FlowState.Idle, new UseSmartphone());
        var waiting = await flow.ScreenAsync(FlowState.PhoneWait);

        await flow.WalkAwayAsync(waiting);

        await flow.ScreenAsync(s => s.State == FlowState.Idle && s.Version > waiting.Version, "the idle screen again");
        Assert.False(flow.HasOutcome);
    }

    [Fact]
    public async Task On_a_card_slot_that_reads_phones_an_Android_phone_laid_there_starts_the_phone_path_without_a_tap()
    {
        await using var flow = new FlowHarness(cards, phonesOnCardSlot: true);
        Assert.True((await flow.ScreenAsync(FlowState.Idle)).SmartphoneAvailable); // the button stays, for guidance
        var phone = flow.Place(VirtualCardKind.Android);

        var pad = await flow.ScreenAsync(FlowState.PinEntry);
        await flow.EnterPinAsync(phone.Image.Persona.PhonePin);
        var outcome = await flow.OutcomeAsync();

        Assert.True(pad.Phone);
        Assert.Null(outcome.ErrorCode);
        Assert.DoesNotContain(flow.Shown, s => s.State == FlowState.MethodChoice);
        Assert.Equal(0, flow.CardFace.Started);
    }

    [Fact]
    public async Task On_a_card_slot_that_reads_phones_a_card_still_takes_the_cards_way_and_an_iPhone_after_the_button_works()
    {
        await using var flow = new FlowHarness(cards, phonesOnCardSlot: true);
        await flow.ScreenAsync(FlowState.Idle);
        flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
        flow.Slot.Remove();

        await flow.TapOnAsync(FlowState.Idle, new UseSmartphone());
        await flow.ScreenAsync(FlowState.PhoneWait);
        var iPhone = flow.Cards.Fresh(VirtualCardKind.IPhone);
        iPhone.HolderConfirms = () => true;
        flow.Place(iPhone);

        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
    }
}
