using MynaGate.Card.Virtual.Engine;
using MynaGate.Chain;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>A card that is not a My Number Card (a bank card, a transit card) gets a message, and the reader keeps serving.</summary>
[Collection(ChainGroup.Name)]
public sealed class ForeignCardTests(ChainFixture fixture)
{
    private LocalChain Chain => fixture.Chain;

    [Fact]
    public async Task A_card_without_the_applications_is_refused_and_the_next_patient_is_served()
    {
        var reader = Chain.Readers[1];
        await reader.Slot.InsertAsync(new ForeignCard());
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(30));
        await reader.RemoveAsync();
        Assert.Equal(FlowErrors.NotMyNumberCard, outcome.ErrorCode);

        var card = await Chain.CardAsync(140, null);
        await reader.InsertAsync(card, 140, Faces.Genuine);
        await reader.WaitForAsync(FlowState.MethodChoice, Drive.Step);
        reader.Flow.Send(new Cancel());
        Assert.Equal(FlowErrors.Cancelled, (await reader.NextOutcomeAsync(TimeSpan.FromSeconds(30))).ErrorCode);
        await reader.RemoveAsync();
    }

    // answers every command with 6A82 (file or application not found), as a card without the My Number APs does
    private sealed class ForeignCard : IVirtualCard
    {
        public byte[] Atr { get; } = [0x3B, 0x80, 0x80, 0x01, 0x01];
        public byte[] PowerOn() => Atr;
        public void PowerOff()
        {
        }

        public byte[] Process(ReadOnlySpan<byte> apdu) => [0x6A, 0x82];
    }
}
