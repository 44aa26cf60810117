using MynaGate.Card.Virtual;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// 顔認証マイナンバーカード (R04): a card without a PIN is offered the face and 目視確認, never the pad, and the method
/// screen says why; a card whose PIN was locked by wrong tries is not taken for one.
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class PinLessCardTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_card_without_a_pin_is_offered_the_face_and_the_staff_check_and_completes_by_face()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(163, Faces.ChipPhoto, kind: VirtualCardKind.PinLess);
        var seen = new List<FlowScreen>();
        void Record(FlowScreen screen)
        {
            lock (seen) seen.Add(screen);
        }
        reader.Flow.ScreenChanged += Record;
        try
        {
            await reader.InsertAsync(card, 163, Faces.Genuine);
            var choice = await reader.WaitForAsync(FlowState.MethodChoice, Drive.Step);
            Assert.False(choice.PinAvailable);
            Assert.True(choice.FaceAvailable);
            Assert.True(choice.VisualAvailable);
            Assert.Equal(FlowErrors.PinNotSet, choice.ErrorCode);
            // a tap on a PIN button the screen does not show (an old page, a script) is not taken
            reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Pin));
            reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Face));
            await Drive.AnswerConsentsAsync(reader, true, true, true, true);
            var outcome = await reader.NextOutcomeAsync(Session);
            await reader.RemoveAsync();

            Assert.Null(outcome.ErrorCode);
            Assert.Equal(AuthenticationMethod.Face, outcome.Method);
            lock (seen) Assert.DoesNotContain(seen, s => s.State is FlowState.PinEntry or FlowState.PinBlocked || s.ErrorCode == FlowErrors.PinBlocked);
        }
        finally
        {
            reader.Flow.ScreenChanged -= Record;
        }
    }

    [Fact]
    public async Task A_face_that_does_not_match_on_a_card_without_a_pin_leads_to_the_staff_check_not_the_pad()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(164, Faces.ChipPhoto, kind: VirtualCardKind.PinLess);
        await reader.InsertAsync(card, 164, Faces.Impostor);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        var retry = await reader.WaitForAsync(FlowState.FaceRetry, Drive.Step);
        Assert.False(retry.PinAvailable);
        reader.Flow.Send(new Retry());

        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.MethodChoice, FaceAvailable: false });
        var choice = reader.Flow.Screen;
        Assert.False(choice.PinAvailable);
        Assert.True(choice.VisualAvailable);
        Assert.Equal(FlowErrors.PinNotSet, choice.ErrorCode);
        reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Visual));
        await reader.WaitForAsync(FlowState.VisualCheck, Drive.Step);
        reader.Flow.Send(new StaffDecision(true));
        await Drive.AnswerConsentsAsync(reader, true, false, false, true);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Visual, outcome.Method);
        Assert.True(File.Exists(Path.Combine(Chain.FaceFolder, outcome.ResultFile!)));
    }

    [Fact]
    public async Task A_card_whose_pin_was_locked_by_wrong_tries_still_shows_the_pin_and_says_it_is_locked()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(165, null);
        string wrong = card.Image.Persona.Pin == "0000" ? "1111" : "0000";
        await reader.InsertAsync(card, 165, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        for (int left = 3; left >= 1; left--)
        {
            await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.PinEntry, DigitsEntered: 0 } s && s.TriesLeft == left);
            await Drive.EnterPinAsync(reader, wrong);
        }
        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.MethodChoice, ErrorCode: FlowErrors.PinBlocked });
        reader.Flow.Send(new Cancel());
        await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();
        await reader.WaitForAsync(FlowState.Idle, Session);

        // placed again: locked, not PIN-less — the pad's button stays and choosing it says the PIN is locked
        await reader.InsertAsync(card, 165, Faces.Genuine);
        var choice = await reader.WaitForAsync(FlowState.MethodChoice, Drive.Step);
        Assert.True(choice.PinAvailable);
        Assert.Null(choice.ErrorCode);
        reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Pin));
        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.MethodChoice, ErrorCode: FlowErrors.PinBlocked });
        reader.Flow.Send(new Cancel());
        await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();
    }
}
