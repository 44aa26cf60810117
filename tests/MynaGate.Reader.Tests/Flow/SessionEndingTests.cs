using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>
/// How a session ends other than with the result (R11, R15): cancel, removal and timeout at each step, the terminal's
/// silence and refusals, a fault; each with its code, the terminal told, the card released and the memory wiped.
/// </summary>
[Collection(FlowTests.Name)]
public sealed class SessionEndingTests(FlowCards cards)
{
    private static FlowOptions WithConsents => FlowHarness.Quick with { Consents = ConsentSets.Before2024, PrescriptionChoice = true };

    public static TheoryData<FlowState> WaitingSteps => [FlowState.MethodChoice, FlowState.PinEntry, FlowState.Consent, FlowState.PrescriptionChoice];

    [Theory]
    [MemberData(nameof(WaitingSteps))]
    public async Task Cancel_ends_the_session_with_E102_wherever_it_is_tapped(FlowState step)
    {
        await using var flow = new FlowHarness(cards, WithConsents);
        var screen = await WalkToAsync(flow, step);

        flow.Tap(screen, new Cancel());

        await AssertEndedAsync(flow, FlowErrors.Cancelled, terminalInvolved: step is FlowState.Consent or FlowState.PrescriptionChoice);
    }

    [Theory]
    [MemberData(nameof(WaitingSteps))]
    public async Task Taking_the_card_away_ends_the_session_with_E101_at_every_step_before_the_result(FlowState step)
    {
        await using var flow = new FlowHarness(cards, WithConsents);
        await WalkToAsync(flow, step);

        flow.Slot.Remove();

        await AssertEndedAsync(flow, FlowErrors.CardRemoved, terminalInvolved: step is FlowState.Consent or FlowState.PrescriptionChoice);
    }

    [Theory]
    [MemberData(nameof(WaitingSteps))]
    public async Task A_patient_who_walks_away_is_timed_out_with_E103(FlowState step)
    {
        await using var flow = new FlowHarness(cards, WithConsents);
        var screen = await WalkToAsync(flow, step);

        await flow.WalkAwayAsync(screen);

        await AssertEndedAsync(flow, FlowErrors.TimedOut, terminalInvolved: step is FlowState.Consent or FlowState.PrescriptionChoice);
    }

    [Fact]
    public async Task A_screen_is_not_timed_out_before_its_time_and_the_accessible_mode_starts_the_wait_again()
    {
        await using var flow = new FlowHarness(cards);
        flow.Place();
        var choice = await flow.ScreenAsync(FlowState.MethodChoice);
        await flow.ScreenAsync(_ => flow.Clock.TimersCreated > 0, "the choice's timeout set");

        flow.Clock.Advance(flow.Options.InputTimeout - TimeSpan.FromSeconds(1));
        flow.Tap(choice, new UseAccessibleMode());
        var redrawn = await flow.ScreenAsync(s => s.State == FlowState.MethodChoice && s.Accessible, "the choice in the accessible mode");
        flow.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False(flow.HasOutcome);
        Assert.Equal(redrawn.Version, flow.Flow.Screen.Version);
        flow.Clock.Advance(flow.Options.InputTimeout);
        Assert.Equal(FlowErrors.TimedOut, (await flow.OutcomeAsync()).ErrorCode);
    }

    [Fact]
    public async Task Taking_the_card_away_while_its_face_is_being_read_ends_the_session_with_E101()
    {
        await using var flow = new FlowHarness(cards);
        flow.CardFace.Never = true;
        flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        await flow.ScreenAsync(FlowState.CardFaceReading);

        flow.Slot.Remove();

        await AssertEndedAsync(flow, FlowErrors.CardRemoved, terminalInvolved: false);
    }

    [Fact]
    public async Task A_terminal_that_does_not_answer_ends_the_session_with_E501_after_its_timeout()
    {
        await using var flow = new FlowHarness(cards);
        flow.Terminal.Silence(LinkRequestKind.Qualify);
        var card = flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));
        await flow.EnterPinAsync(card.Image.Persona.Pin);
        await flow.ScreenAsync(_ => flow.Terminal.OfKind(LinkRequestKind.Qualify).Any(), "the qualification asked");

        Assert.False(flow.HasOutcome);
        flow.Clock.Advance(flow.Options.TerminalTimeout);

        await AssertEndedAsync(flow, FlowErrors.TerminalSilent, terminalInvolved: true);
    }

    [Fact]
    public async Task The_national_sides_refusal_reaches_the_patient_with_its_own_code()
    {
        await using var flow = new FlowHarness(cards);
        flow.Terminal.Refuse(LinkRequestKind.Qualify, "Q303");
        var card = flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));
        await flow.EnterPinAsync(card.Image.Persona.Pin);

        await AssertEndedAsync(flow, "Q303", terminalInvolved: true);
        Assert.Equal("Q303", flow.Flow.Screen.ErrorCode);
    }

    [Fact]
    public async Task A_patient_without_a_valid_qualification_still_has_the_answer_written_and_is_sent_to_the_counter_with_E601()
    {
        await using var flow = new FlowHarness(cards, WithConsents);
        flow.Terminal.Status = QualificationStatus.NotFound;
        var card = flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));
        await flow.EnterPinAsync(card.Image.Persona.Pin);

        var outcome = await flow.OutcomeAsync();

        Assert.Equal(FlowErrors.NotQualified, outcome.ErrorCode);
        Assert.Equal("result.xml", outcome.ResultFile);
        Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Complete));
        Assert.DoesNotContain(flow.Shown, s => s.State == FlowState.Consent);
    }

    [Fact]
    public async Task A_fault_no_step_expected_ends_the_session_with_E106_and_the_reader_takes_the_next_patient()
    {
        await using var flow = new FlowHarness(cards);
        Exception? fault = null;
        flow.Flow.SessionFault += e => fault = e;
        flow.Terminal.Answer(LinkRequestKind.Challenge, _ => throw new InvalidOperationException("a bug"));
        var card = flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Pin));
        await flow.EnterPinAsync(card.Image.Persona.Pin);

        await AssertEndedAsync(flow, FlowErrors.ReaderFault, terminalInvolved: true);
        Assert.IsType<InvalidOperationException>(fault);

        flow.Slot.Remove();
        await flow.ScreenAsync(FlowState.Idle);
        flow.Terminal.Answer(LinkRequestKind.Challenge, r => new LinkReply(r.MessageId, r.SessionId) { Challenge = new byte[32] });
        flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
    }

    [Fact]
    public async Task Taps_made_before_the_card_was_placed_belong_to_nobody()
    {
        await using var flow = new FlowHarness(cards);
        var idle = await flow.ScreenAsync(FlowState.Idle);
        flow.Flow.Send(new Cancel());
        flow.Flow.Send(new ChooseMethod(AuthenticationMethod.Face));

        flow.Place();
        var choice = await flow.ScreenAsync(FlowState.MethodChoice);

        Assert.True(choice.Version > idle.Version);
        Assert.False(flow.HasOutcome);
        Assert.Equal(0, flow.Faces.Started);
    }

    [Fact]
    public async Task After_a_session_the_idle_screen_returns_once_the_card_is_taken()
    {
        await using var flow = new FlowHarness(cards);
        flow.Place();
        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        await flow.OutcomeAsync();
        var completed = await flow.ScreenAsync(FlowState.Completed);

        flow.Slot.Remove();

        var idle = await flow.ScreenAsync(FlowState.Idle);
        Assert.True(idle.Version > completed.Version);
        Assert.Equal(1, flow.Slot.Released);
    }

    /// <summary>Places a card and walks to <paramref name="step"/> the PIN's way, which every step of these tests is on.</summary>
    [Theory]
    [MemberData(nameof(WaitingSteps))]
    public async Task An_outage_the_terminal_reports_ends_the_session_with_T105_at_once_at_every_step_before_the_result(FlowState step)
    {
        await using var flow = new FlowHarness(cards, WithConsents);
        await WalkToAsync(flow, step);

        flow.Flow.NoticeNationalService(down: true);

        await AssertEndedAsync(flow, LinkErrorCodes.NationalServiceDown, terminalInvolved: step is FlowState.Consent or FlowState.PrescriptionChoice);
        // no input timeout passed: the clock never moved
        Assert.Equal(0, flow.Clock.GetUtcNow().Subtract(new DateTimeOffset(2026, 12, 6, 1, 0, 0, TimeSpan.Zero)).Ticks);
    }

    [Fact]
    public async Task During_an_outage_the_idle_screen_says_so_a_card_starts_nothing_and_the_ordinary_screen_returns_with_the_service()
    {
        await using var flow = new FlowHarness(cards, WithConsents);
        await flow.ScreenAsync(FlowState.Idle);
        flow.Flow.NoticeNationalService(down: true);
        await flow.ScreenAsync(s => s is { State: FlowState.Idle, NationalServiceDown: true }, "the outage screen");

        flow.Place();
        var refused = await flow.OutcomeAsync();
        flow.Slot.Remove();
        flow.Flow.NoticeNationalService(down: false);
        await flow.ScreenAsync(s => s is { State: FlowState.Idle, NationalServiceDown: false }, "the ordinary idle screen");

        Assert.Equal(LinkErrorCodes.NationalServiceDown, refused.ErrorCode);
        Assert.Null(refused.Method);
        Assert.True(refused.Session!.OwnedMemoryIsZero());
        Assert.Empty(flow.Terminal.OfKind(LinkRequestKind.Challenge));
        Assert.DoesNotContain(flow.Shown, s => s.State is FlowState.MethodChoice or FlowState.PinEntry);
    }

    [Fact]
    public async Task An_outage_reported_once_the_result_is_asked_for_leaves_the_session_to_the_terminal_s_answer()
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { Consents = ConsentSets.Before2024, PrescriptionChoice = false });
        var consent = await WalkToAsync(flow, FlowState.Consent);
        flow.Terminal.Answer(LinkRequestKind.Complete, r =>
        {
            // the outage is reported while the terminal is writing the result
            flow.Flow.NoticeNationalService(down: true);
            return new LinkReply(r.MessageId, r.SessionId) { ResultFile = "OQSsiquc01res_face_R-FLOW.xml" };
        });
        for (var screen = consent; screen.State == FlowState.Consent; screen = await flow.ScreenAsync(s => s.Version > screen.Version, "the next screen"))
            flow.Tap(screen, new Answer(true));

        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal("OQSsiquc01res_face_R-FLOW.xml", outcome.ResultFile);
    }

    private static async Task<FlowScreen> WalkToAsync(FlowHarness flow, FlowState step)
    {
        var card = flow.Place();
        var choice = await flow.ScreenAsync(FlowState.MethodChoice);
        if (step == FlowState.MethodChoice) return choice;
        flow.Tap(choice, new ChooseMethod(AuthenticationMethod.Pin));
        var pad = await flow.ScreenAsync(FlowState.PinEntry);
        if (step == FlowState.PinEntry) return pad;
        await flow.EnterPinAsync(card.Image.Persona.Pin);
        var consent = await flow.ScreenAsync(FlowState.Consent);
        if (step == FlowState.Consent) return consent;
        for (var screen = consent; screen.State == FlowState.Consent; screen = await flow.ScreenAsync(s => s.Version > screen.Version && s.State is FlowState.Consent or FlowState.PrescriptionChoice, "the next screen"))
            flow.Tap(screen, new Answer(true));
        return await flow.ScreenAsync(step);
    }

    private static async Task AssertEndedAsync(FlowHarness flow, string code, bool terminalInvolved)
    {
        var outcome = await flow.OutcomeAsync();
        Assert.Equal(code, outcome.ErrorCode);
        Assert.Null(outcome.ResultFile);
        Assert.True(outcome.Session!.OwnedMemoryIsZero());
        Assert.Equal(1, flow.Slot.Released);
        var report = Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Report));
        Assert.Equal(code, report.ErrorCode);
        var abandon = flow.Terminal.OfKind(LinkRequestKind.Abandon).ToList();
        Assert.Equal(terminalInvolved ? 1 : 0, abandon.Count);
        Assert.Equal(flow.CardFace.Started, flow.CardFace.Disposed);
        Assert.Equal(flow.Faces.Started, flow.Faces.Ended);
    }
}
