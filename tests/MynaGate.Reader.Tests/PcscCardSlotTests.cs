using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Reader.Cards;

namespace MynaGate.Reader.Tests;

/// <summary>The card slot through pcscd and vpcd: a reader configured as "*" is whichever reader the card is placed in.</summary>
public sealed class PcscCardSlotTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-slot-").FullName;

    private static string StateRoot => Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";

    [Fact]
    public async Task Any_reader_connects_to_the_reader_the_card_was_placed_in_and_sees_it_taken()
    {
        using var slots = await VpcdLock.AcquireAsync(StateRoot, TimeSpan.FromMinutes(20));
        var card = new VirtualCardProvisioner(_folder).Reissue(7);
        int port = VpcdSlot.FirstPort + 1;
        string expected;
        using (var context = PcscContext.Establish()) expected = VpcdReaders.ForPort(context, port);
        var slot = PcscCardSlot.AnyReader();
        Assert.Null(slot.ReaderName);

        using var stop = new CancellationTokenSource(Patience);
        var waiting = slot.WaitForCardAsync(stop.Token);
        // removed when the test ends, even when it fails
        await using var vpcd = new VpcdSlot(port);
        await vpcd.InsertAsync(card);
        using (var placed = await waiting.WaitAsync(Patience))
        {
            Assert.Equal(expected, slot.ReaderName);
            await vpcd.RemoveAsync();
            await slot.WaitForRemovalAsync(stop.Token).WaitAsync(Patience);
            Assert.True(placed.Removed.WaitHandle.WaitOne(Patience), "the placed card did not report its removal");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
