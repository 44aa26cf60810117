using MynaGate.Card.Transport;
using MynaGate.Reader.Cards;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>The end of a session wipes the patient's data even when releasing the card throws (a slot that just failed).</summary>
public sealed class SessionReleaseTests
{
    [Fact]
    public void The_session_is_wiped_though_the_card_release_throws()
    {
        var session = new PatientSession();
        session.AddPinDigit(7);
        session.VerificationCode[0] = 'X';
        byte[] data = session.Keep(new byte[] { 1, 2, 3 });
        var card = new PlacedCard(new NoTransport(), () => throw new InvalidOperationException("the slot is gone"), () => true, CancellationToken.None);

        Assert.Throws<InvalidOperationException>(() => SessionRelease.WipeThenRelease(session, card));

        Assert.True(session.OwnedMemoryIsZero(), "the session's memory was left behind");
        Assert.All(data, b => Assert.Equal(0, b));
    }

    [Fact]
    public void The_card_is_released_after_the_wipe()
    {
        var session = new PatientSession();
        session.AddPinDigit(3);
        bool wipedFirst = false;
        var card = new PlacedCard(new NoTransport(), () => wipedFirst = session.IsWiped, () => false, CancellationToken.None);

        SessionRelease.WipeThenRelease(session, card);

        Assert.True(wipedFirst);
    }

    private sealed class NoTransport : ICardTransport
    {
        public byte[] Transmit(ReadOnlySpan<byte> command) => throw new NotSupportedException();
    }
}
