using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// A card in a thick case (R37): the card camera sees it lying on the tray, the slot never finds it, and the idle screen
/// says to take it out of its case; the guidance goes once the card is found or taken away.
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class CardNotDetectedTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    [Fact]
    public async Task A_card_in_view_that_the_slot_does_not_find_brings_the_case_guidance_until_it_is_found_or_gone()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(175, null);
        await reader.WaitForAsync(FlowState.Idle, Drive.Step);
        Assert.Null(reader.Flow.Screen.ErrorCode);

        // in its case: seen, not found
        reader.Cameras.Show(card.Image.Persona, 175, []);
        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.Idle, ErrorCode: FlowErrors.CardNotDetected });

        // out of the case and placed: the session starts as ever
        await reader.InsertAsync(card, 175, []);
        await reader.WaitForAsync(FlowState.MethodChoice, Drive.Step);
        reader.Flow.Send(new Cancel());
        var outcome = await reader.NextOutcomeAsync(Drive.Step);
        Assert.Equal(FlowErrors.Cancelled, outcome.ErrorCode);
        await reader.RemoveAsync();
        var idle = await reader.WaitForAsync(FlowState.Idle, Drive.Step);
        Assert.Null(idle.ErrorCode);

        // seen again, then taken away unplaced: the guidance goes with it
        reader.Cameras.Show(card.Image.Persona, 175, []);
        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.Idle, ErrorCode: FlowErrors.CardNotDetected });
        reader.Cameras.ClearTray();
        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.Idle, ErrorCode: null });
    }

    [Fact]
    public async Task A_card_placed_at_once_brings_no_guidance()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(176, null);
        var seen = new List<FlowScreen>();
        void Watch(FlowScreen screen)
        {
            lock (seen) seen.Add(screen);
        }
        reader.Flow.ScreenChanged += Watch;
        try
        {
            await reader.InsertAsync(card, 176, []);
            await reader.WaitForAsync(FlowState.MethodChoice, Drive.Step);
            reader.Flow.Send(new Cancel());
            await reader.NextOutcomeAsync(Drive.Step);
            await reader.RemoveAsync();
            await reader.WaitForAsync(FlowState.Idle, Drive.Step);
        }
        finally
        {
            reader.Flow.ScreenChanged -= Watch;
        }
        lock (seen) Assert.DoesNotContain(seen, s => s.ErrorCode == FlowErrors.CardNotDetected);
    }
}
