using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Link.Pairing;
using MynaGate.Reader.Link;
using MynaGate.Tests;

namespace MynaGate.Reader.Tests;

/// <summary>
/// The reader's pairing limits as a LAN device meets them: kept across restarts, longer each time they are reached
/// again, never for good; and one terminal's attempt does not cancel another's.
/// </summary>
public sealed class PairingStateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-pairing-").FullName;
    private readonly SteppingClock _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly CertificatePin _reader = CertificatePin.Of(new byte[] { 1 });
    private readonly CertificatePin _terminal = CertificatePin.Of(new byte[] { 2 });
    private readonly CertificatePin _other = CertificatePin.Of(new byte[] { 3 });

    private string PairedFile => Path.Combine(_folder, "paired-terminal.json");

    [Fact]
    public void The_limit_survives_a_restart_and_doubles_each_time_it_is_reached_again_up_to_its_cap()
    {
        var state = new PairingState(PairedFile, _clock);
        Assert.Equal(PairingLimits.Window, FillWindow(state));

        // restarted while waiting: still waiting
        state = new PairingState(PairedFile, _clock);
        Assert.Equal(PairingRefusal.RateLimited, Start(state, _terminal, out var wait).Refusal);
        Assert.Equal(PairingLimits.Window, wait);

        var waits = new List<TimeSpan>();
        for (int i = 0; i < 7; i++)
        {
            _clock.Advance(wait);
            state = new PairingState(PairedFile, _clock);
            wait = FillWindow(state);
            waits.Add(wait);
        }
        Assert.Equal([PairingLimits.Window * 2, PairingLimits.Window * 4, PairingLimits.Window * 8, PairingLimits.Window * 16,
            PairingLimits.Window * 32, PairingLimits.Window * 32, PairingLimits.Window * 32], waits);

        // a quiet day forgets the doublings
        _clock.Advance(wait + TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(PairingLimits.Window, FillWindow(new PairingState(PairedFile, _clock)));
    }

    [Fact]
    public void A_second_terminal_s_attempt_leaves_the_first_one_open()
    {
        var state = new PairingState(PairedFile, _clock);
        string code = state.Code!;
        var first = new PairingParty(isReader: false, code);
        var firstChallenge = state.Start(_reader, _terminal, new PairingStart("first", first.Round1), out _, out _)!;
        var second = new PairingParty(isReader: false, "000000" == code ? "111111" : "000000");
        Assert.NotNull(state.Start(_reader, _other, new PairingStart("second", second.Round1), out _, out _));

        var round2 = first.AcceptRound1(firstChallenge.Round1);
        first.AcceptRound2(firstChallenge.Round2, _reader, _terminal);
        string? confirmation = state.Finish(_terminal, new PairingFinish(firstChallenge.AttemptId, round2, first.Confirmation!), out var refusal);

        Assert.Equal(PairingRefusal.None, refusal);
        Assert.True(first.VerifyConfirmation(confirmation!));
        Assert.True(state.IsPaired);
    }

    private TimeSpan FillWindow(PairingState state)
    {
        for (int i = 0; ; i++)
        {
            var (challenge, refusal) = Start(state, _terminal, out var wait);
            if (challenge is not null) continue;
            Assert.Equal(PairingRefusal.RateLimited, refusal);
            Assert.True(i <= PairingLimits.AttemptsPerWindow, "more starts than the window allows were taken");
            return wait;
        }
    }

    private (PairingChallenge? Challenge, PairingRefusal Refusal) Start(PairingState state, CertificatePin terminal, out TimeSpan wait)
    {
        var party = new PairingParty(isReader: false, "123456");
        var challenge = state.Start(_reader, terminal, new PairingStart("t", party.Round1), out var refusal, out wait);
        return (challenge, refusal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
