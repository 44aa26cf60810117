using MynaGate.Card.Virtual;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>暗証番号 (R03, R30): the card signs the challenge; wrong entries count down and a blocked PIN leaves 目視確認.</summary>
[Collection(FlowTests.Name)]
public sealed class PinPathTests(FlowCards cards)
{
    private static string Wrong(string pin) => pin == "0000" ? "1111" : "0000";

    [Fact]
    public async Task The_right_PIN_has_the_card_sign_the_challenge_and_sends_no_identity_binding()
    {
        await using var flow = new FlowHarness(cards);
        var card = flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));
        await flow.EnterPinAsync(card.Image.Persona.Pin);
        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Pin, outcome.Method);
        var qualify = Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Qualify));
        Assert.NotNull(qualify.CardSignature);
        Assert.Null(qualify.Assertion!.IdentityBinding);
        Assert.Equal(AuthenticationMethod.Pin, qualify.Assertion.Method);
        // the patient went the PIN's way: the card face is no longer read
        Assert.Equal(flow.CardFace.Started, flow.CardFace.Disposed);
        Assert.True(outcome.Session!.OwnedMemoryIsZero());
    }

    [Fact]
    public async Task A_wrong_PIN_is_shown_with_the_tries_left_on_a_newly_shuffled_pad_and_the_right_one_then_passes()
    {
        await using var flow = new FlowHarness(cards);
        var card = flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));
        var first = await flow.ScreenAsync(FlowState.PinEntry);
        Assert.Equal(3, first.TriesLeft);
        await flow.EnterPinAsync(Wrong(card.Image.Persona.Pin));
        var again = await flow.ScreenAsync(s => s.State == FlowState.PinEntry && s.ErrorCode == FlowErrors.PinWrong, "E301 on the pad");

        Assert.Equal(2, again.TriesLeft);
        Assert.NotEqual(first.PadNonce, again.PadNonce);
        Assert.Equal(0, again.DigitsEntered);
        await flow.EnterPinAsync(card.Image.Persona.Pin);
        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
    }

    [Fact]
    public async Task The_last_try_is_warned_and_a_blocked_PIN_leaves_only_visual_check_with_E302()
    {
        await using var flow = new FlowHarness(cards);
        var card = flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));

        await flow.EnterPinAsync(Wrong(card.Image.Persona.Pin));
        await flow.ScreenAsync(s => s.TriesLeft == 2 && s.ErrorCode == FlowErrors.PinWrong, "two tries left");
        await flow.EnterPinAsync(Wrong(card.Image.Persona.Pin));
        var last = await flow.ScreenAsync(s => s.TriesLeft == 1, "one try left");
        Assert.True(last.LastTry);
        await flow.EnterPinAsync(Wrong(card.Image.Persona.Pin));
        var choice = await flow.ChoiceAfterAsync(FlowErrors.PinBlocked);

        Assert.True(choice.VisualAvailable);
        Assert.Empty(flow.Terminal.OfKind(LinkRequestKind.Qualify));
    }

    [Fact]
    public async Task A_card_without_a_PIN_offers_no_pad_and_says_so_with_E303()
    {
        await using var flow = new FlowHarness(cards);
        flow.Place(VirtualCardKind.PinLess);

        var choice = await flow.ScreenAsync(FlowState.MethodChoice);

        Assert.False(choice.PinAvailable);
        Assert.True(choice.FaceAvailable);
        Assert.True(choice.VisualAvailable);
        Assert.Equal(FlowErrors.PinNotSet, choice.ErrorCode);
        // a choice the screen does not offer is not taken
        flow.Tap(choice, new ChooseMethod(AuthenticationMethod.Pin));
        flow.Tap(choice, new ChooseMethod(AuthenticationMethod.Face));
        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
        Assert.DoesNotContain(flow.Shown, s => s.State == FlowState.PinEntry);
    }

    [Fact]
    public async Task Going_back_from_the_pad_returns_to_the_method_choice_with_nothing_typed_kept()
    {
        await using var flow = new FlowHarness(cards);
        var card = flow.Place();
        var counters = new Dictionary<string, int>(card.Image.Counters);
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));
        var pad = await flow.ScreenAsync(FlowState.PinEntry);
        flow.Tap(pad, new PadKey(0));
        await flow.ScreenAsync(s => s.DigitsEntered == 1, "one digit typed");

        flow.Tap(flow.Flow.Screen, new ChooseMethod(AuthenticationMethod.Face));

        await flow.ScreenAsync(s => s.State == FlowState.MethodChoice && s.Version > pad.Version, "the method choice again");
        // no VERIFY was sent: the card's counters are as they were
        Assert.Equal(counters, card.Image.Counters);
    }

    [Fact]
    public async Task The_accessible_mode_lays_the_pad_out_fixed_and_drops_the_digits_typed_on_the_shuffled_one()
    {
        await using var flow = new FlowHarness(cards);
        var card = flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));
        var shuffled = await flow.ScreenAsync(FlowState.PinEntry);
        flow.Tap(shuffled, new PadKey(3));
        await flow.ScreenAsync(s => s.DigitsEntered == 1, "one digit typed");

        flow.Tap(shuffled, new UseAccessibleMode());
        var fixedPad = await flow.ScreenAsync(s => s.State == FlowState.PinEntry && s.Accessible && s.PadNonce != shuffled.PadNonce, "the fixed pad");

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 0], fixedPad.PadLayout);
        Assert.Equal(0, fixedPad.DigitsEntered);
        await flow.EnterPinAsync(card.Image.Persona.Pin);
        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
    }
}
