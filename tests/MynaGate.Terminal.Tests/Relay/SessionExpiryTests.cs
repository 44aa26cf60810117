using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Terminal.Relay;
using MynaGate.Tests;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// What a session leaves on the terminal when its reader never ends it (switched off mid-session, or hostile and
/// opening sessions without end) is dropped after <see cref="SessionRelay.SessionDataLifetime"/>, and a reader never
/// holds more than <see cref="SessionRelay.MaxSessionsPerReader"/>.
/// </summary>
public sealed class SessionExpiryTests : IAsyncLifetime
{
    private readonly SteppingClock _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private RelayUnderTest _terminal = null!;

    public async Task InitializeAsync()
    {
        using var nobody = DeviceIdentity.Create("nobody");
        _terminal = await RelayUnderTest.StartAsync(new Uri("https://127.0.0.1:1/"), CertificatePin.Of(nobody), _clock);
    }

    public async Task DisposeAsync() => await _terminal.DisposeAsync();

    [Fact]
    public async Task A_session_its_reader_never_ended_is_dropped_after_its_lifetime()
    {
        await ChallengeAsync("s-left");
        _clock.Advance(SessionRelay.SessionDataLifetime - TimeSpan.FromSeconds(1));
        await ChallengeAsync("s-other");
        Assert.Equal(2, _terminal.Relay.OpenSessions);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await ChallengeAsync("s-new");

        // s-left is gone; s-other (opened a lifetime less a second ago plus a minute) and s-new stay
        Assert.Equal(2, _terminal.Relay.OpenSessions);
    }

    [Fact]
    public async Task A_reader_opening_sessions_without_end_holds_only_the_newest_few()
    {
        for (int i = 0; i < 50; i++)
        {
            await ChallengeAsync($"s-{i}");
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(SessionRelay.MaxSessionsPerReader, _terminal.Relay.OpenSessions);
    }

    private async Task ChallengeAsync(string session)
    {
        var reply = await _terminal.Relay.HandleAsync(_terminal.Reader, new LinkRequest("m-" + session, session, LinkRequestKind.Challenge), CancellationToken.None);
        Assert.NotNull(reply.Challenge);
    }
}
