using MynaGate.Link.Messages;
using MynaGate.Ocr.CardFace;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>目視確認 (R07): staff compare the patient with the card from the mirror; their decision is the proof.</summary>
[Collection(FlowTests.Name)]
public sealed class VisualCheckTests(FlowCards cards)
{
    private static FlowOptions WithVisualCheck => FlowHarness.Quick with { VisualCheckEnabled = true };

    [Fact]
    public async Task Visual_check_is_offered_only_where_staff_enabled_it()
    {
        await using (var without = new FlowHarness(cards))
        {
            without.Place();
            Assert.False((await without.ScreenAsync(FlowState.MethodChoice)).VisualAvailable);
        }
        await using var with = new FlowHarness(cards, WithVisualCheck);
        with.Place();
        Assert.True((await with.ScreenAsync(FlowState.MethodChoice)).VisualAvailable);
    }

    [Fact]
    public async Task Staff_approval_proves_the_holder_and_binds_the_card_records_read_meanwhile()
    {
        await using var flow = new FlowHarness(cards, WithVisualCheck);
        flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Visual));
        await flow.TapOnAsync(FlowState.VisualCheck, new StaffDecision(true));
        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Visual, outcome.Method);
        var assertion = Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Qualify)).Assertion!;
        Assert.Equal(AuthenticationMethod.Visual, assertion.Method);
        Assert.NotNull(assertion.IdentityBinding);
    }

    [Fact]
    public async Task Staff_approval_of_a_card_whose_face_cannot_be_read_goes_unbound()
    {
        await using var flow = new FlowHarness(cards, WithVisualCheck);
        flow.CardFace.Abstain = CardFaceIssue.NoSecurityCode;
        flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Visual));
        await flow.TapOnAsync(FlowState.VisualCheck, new StaffDecision(true));

        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
        Assert.Null(Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Qualify)).Assertion!.IdentityBinding);
    }

    [Fact]
    public async Task Staff_refusal_ends_the_session_with_E401_before_the_terminal_is_asked()
    {
        await using var flow = new FlowHarness(cards, WithVisualCheck);
        flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Visual));
        await flow.TapOnAsync(FlowState.VisualCheck, new StaffDecision(false));

        Assert.Equal(FlowErrors.VisualDenied, (await flow.OutcomeAsync()).ErrorCode);
        Assert.Empty(flow.Terminal.OfKind(LinkRequestKind.Challenge));
        Assert.Equal(FlowState.Error, flow.Flow.Screen.State);
    }

    [Fact]
    public async Task A_decision_made_on_a_screen_no_longer_shown_is_not_taken()
    {
        await using var flow = new FlowHarness(cards, WithVisualCheck);
        flow.Place();
        var choice = await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Visual));
        var check = await flow.ScreenAsync(FlowState.VisualCheck);

        // a late click on the mirror, made while the method choice was shown
        flow.Tap(choice, new StaffDecision(true));
        flow.Tap(check, new StaffDecision(false));

        Assert.Equal(FlowErrors.VisualDenied, (await flow.OutcomeAsync()).ErrorCode);
    }
}
