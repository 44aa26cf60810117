using MynaGate.Card.Transport;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>Cards the flow cannot use (R37): another kind of card, a card that answers nonsense, two cards at once.</summary>
[Collection(FlowTests.Name)]
public sealed class CardProblemTests(FlowCards cards)
{
    [Fact]
    public async Task A_card_without_the_My_Number_applications_is_E104()
    {
        await using var flow = new FlowHarness(cards);

        // a transit or bank card: every SELECT of our applications answers "file not found"
        flow.Slot.Place(new AnswersAlways([0x6A, 0x82]));

        Assert.Equal(FlowErrors.NotMyNumberCard, (await flow.OutcomeAsync()).ErrorCode);
        Assert.Empty(flow.Terminal.OfKind(LinkRequestKind.Challenge));
    }

    [Fact]
    public async Task A_card_that_answers_nonsense_is_E105()
    {
        await using var flow = new FlowHarness(cards);

        flow.Slot.Place(new AnswersAlways([0x90]));

        Assert.Equal(FlowErrors.CardFault, (await flow.OutcomeAsync()).ErrorCode);
        Assert.Equal(1, flow.Slot.Released);
    }

    [Fact]
    public async Task Two_cards_in_the_field_at_the_idle_screen_are_told_with_E112_until_one_is_taken()
    {
        await using var flow = new FlowHarness(cards);
        await flow.ScreenAsync(FlowState.Idle);

        flow.Slot.Mute = true;
        await flow.ScreenAsync(s => s.State == FlowState.Idle && s.ErrorCode == FlowErrors.CardsStacked, "E112 at the idle screen");
        flow.Slot.Mute = false;

        await flow.ScreenAsync(s => s.State == FlowState.Idle && s.ErrorCode is null, "the idle screen without guidance");
        Assert.False(flow.HasOutcome);
    }

    private sealed class AnswersAlways(byte[] response) : ICardTransport
    {
        public byte[] Transmit(ReadOnlySpan<byte> command) => [.. response];
    }
}
