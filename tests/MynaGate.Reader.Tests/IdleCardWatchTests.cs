using System.Threading.Channels;
using MynaGate.Reader.Cards;
using MynaGate.Reader.Flow;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Tests;

/// <summary>
/// Two cards in the field at once (R37): PC/SC reports a card that does not answer (mute), which vpcd cannot present,
/// so the idle watch is driven here by a slot that reports it. The guidance comes after two looks, not one (a card
/// being powered up may be mute for a moment), and goes when the slot no longer holds a mute card.
/// </summary>
public sealed class IdleCardWatchTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_mute_card_brings_the_stacked_cards_guidance_until_it_is_taken()
    {
        var slot = new ReportingSlot();
        var reports = Channel.CreateUnbounded<string?>();
        using var stop = new CancellationTokenSource();
        var watch = IdleCardWatch.RunAsync(slot, NoCamera, TimeSpan.FromSeconds(3), code => reports.Writer.TryWrite(code), stop.Token);

        slot.Mute = true;
        Assert.Equal(FlowErrors.CardsStacked, await reports.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        Assert.True(slot.Looks >= 2, $"reported after {slot.Looks} look(s)");
        slot.Mute = false;
        Assert.Null(await reports.Reader.ReadAsync().AsTask().WaitAsync(Wait));

        await stop.CancelAsync();
        await watch.WaitAsync(Wait);
        Assert.False(reports.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_card_mute_for_one_look_only_brings_nothing()
    {
        var slot = new ReportingSlot { MuteLooksLeft = 1 };
        var reports = Channel.CreateUnbounded<string?>();
        using var stop = new CancellationTokenSource();
        var watch = IdleCardWatch.RunAsync(slot, NoCamera, TimeSpan.FromSeconds(3), code => reports.Writer.TryWrite(code), stop.Token);

        var deadline = DateTime.UtcNow + Wait;
        while (slot.Looks < 4)
        {
            Assert.True(DateTime.UtcNow < deadline, "the watch stopped looking");
            await Task.Delay(100);
        }
        await stop.CancelAsync();
        await watch.WaitAsync(Wait);
        Assert.False(reports.Reader.TryRead(out _));
    }

    private static IFrameSource NoCamera() => throw new CameraException("no card camera in this test");

    /// <summary>A slot whose mute state the test sets; it counts how often it was asked.</summary>
    private sealed class ReportingSlot : ICardSlot
    {
        private int _looks;

        public volatile bool Mute;

        /// <summary>When set, the slot answers mute this many times, then never again.</summary>
        public int? MuteLooksLeft { get; set; }

        public int Looks => Volatile.Read(ref _looks);

        public bool IsCardMute()
        {
            Interlocked.Increment(ref _looks);
            if (MuteLooksLeft is not { } left) return Mute;
            MuteLooksLeft = left - 1;
            return left > 0;
        }

        public bool IsCardPresent() => false;

        public Task<PlacedCard> WaitForCardAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task WaitForRemovalAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
