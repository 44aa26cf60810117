using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>The accessible mode (R36) in the flow: started mid-entry, the pad is laid out again fixed and the digits typed so far are dropped.</summary>
[Collection(ChainGroup.Name)]
public sealed class AccessibleModeTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Starting_the_mode_during_the_pin_entry_fixes_the_pad_and_drops_the_digits_typed_on_the_shuffled_one()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(166, null);
        await reader.InsertAsync(card, 166, []);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        var shuffled = await reader.WaitForAsync(FlowState.PinEntry, Drive.Step);
        Assert.False(shuffled.Accessible);
        reader.Flow.Send(new PadKey(0) { Pad = shuffled.PadNonce });
        await Drive.WaitUntilAsync(() => reader.Flow.Screen.DigitsEntered == 1);

        reader.Flow.Send(new UseAccessibleMode());
        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.PinEntry, Accessible: true });
        var fixedPad = reader.Flow.Screen;
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 0], fixedPad.PadLayout);
        Assert.Equal(0, fixedPad.DigitsEntered);
        Assert.NotEqual(shuffled.PadNonce, fixedPad.PadNonce);
        Assert.True(reader.Control.Status.Screen.Accessible);

        // every screen of the rest of the session is drawn in the mode
        var after = new List<FlowScreen>();
        void Record(FlowScreen screen)
        {
            lock (after) after.Add(screen);
        }
        reader.Flow.ScreenChanged += Record;
        SessionOutcome done;
        try
        {
            var outcome = reader.NextOutcomeAsync(Session);
            await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
            await Drive.AnswerConsentsAsync(reader, true, true, true, true);
            done = await outcome;
        }
        finally
        {
            reader.Flow.ScreenChanged -= Record;
        }
        await reader.RemoveAsync();
        lock (after)
        {
            Assert.Contains(after, s => s.State == FlowState.Completed);
            Assert.All(after, s => Assert.True(s.Accessible, $"{s.ScreenId} was drawn without the mode"));
        }

        Assert.Null(done.ErrorCode);
        Assert.Equal(AuthenticationMethod.Pin, done.Method);
        await reader.WaitForAsync(FlowState.Idle, Session);
        Assert.False(reader.Flow.Screen.Accessible);
    }
}
