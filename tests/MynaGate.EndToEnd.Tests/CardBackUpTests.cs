using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// A card laid back up (R37): the chip answers as ever, the card camera sees no photo either way up, so 顔認証 says to
/// turn the card over, and the PIN still works as it lies (a card front up, its photo printed on it, is matched by face in
/// <see cref="VerificationPathTests"/>).
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class CardBackUpTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_card_back_up_is_told_to_turn_over_for_the_face_and_the_pin_still_works()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(177, Faces.ChipPhoto);
        await reader.InsertBackUpAsync(card, 177, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        await Drive.WaitUntilAsync(() => reader.Flow.Screen is { State: FlowState.MethodChoice, ErrorCode: FlowErrors.CardBackShown });
        Assert.True(reader.Flow.Screen.PinAvailable);

        reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Pin));
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(reader, true, true, true, true);
        var outcome = await reader.NextOutcomeAsync(Session);
        await reader.RemoveAsync();
        Assert.Null(outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Pin, outcome.Method);
    }
}
