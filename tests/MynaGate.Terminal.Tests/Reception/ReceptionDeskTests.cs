using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Reception;
using MynaGate.Terminal.Relay;
using MynaGate.Tests;

namespace MynaGate.Terminal.Tests.Reception;

public sealed class ReceptionDeskTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private static readonly PairedReader R01 = new("R01", "MG-R01-0001", new Uri("https://127.0.0.1:1/"), []);
    private readonly SteppingClock _clock = new(Start);
    private readonly ReceptionDesk _desk;

    public ReceptionDeskTests() => _desk = new ReceptionDesk(_clock);

    private SessionReport Report(TimeSpan duration, string? error = null) =>
        new("s", _clock.GetUtcNow(), duration, AuthenticationMethod.Pin, error, error is null ? "result.xml" : null, null);

    [Fact]
    public async Task The_first_session_that_began_after_the_request_answers_it()
    {
        var verification = _desk.Start("R01", "RCPT-1", ["R01"]);
        _clock.Advance(TimeSpan.FromSeconds(30));
        // the patient who was already at the reader: began 40 s ago, before the request
        _desk.OnSessionReported(R01, Report(TimeSpan.FromSeconds(40), "E102"));
        Assert.Equal(ReceptionState.Waiting, _desk.Get(verification.Id).State);

        var waiting = _desk.WaitAsync(verification.Id, TimeSpan.FromMinutes(1), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(50));
        _desk.OnSessionReported(R01, Report(TimeSpan.FromSeconds(45)));
        var ended = await waiting;

        Assert.Equal(ReceptionState.Completed, ended.State);
        Assert.Equal("result.xml", ended.ResultFile);
        Assert.Equal("RCPT-1", ended.Reference);
        Assert.Equal(AuthenticationMethod.Pin, ended.Method);
    }

    [Fact]
    public void A_request_nobody_answers_expires_and_ended_ones_are_forgotten_after_an_hour()
    {
        var verification = _desk.Start("R01", "RCPT-2", ["R01"]);
        _clock.Advance(ReceptionDesk.WaitLimit + TimeSpan.FromSeconds(1));
        Assert.Equal(ReceptionState.Expired, _desk.Get(verification.Id).State);
        Assert.Equal(ReceptionState.Waiting, _desk.Start("R01", "RCPT-3", ["R01"]).State);

        _clock.Advance(ReceptionDesk.Retention + TimeSpan.FromSeconds(1));
        var forgotten = Assert.Throws<ReceptionException>(() => _desk.Get(verification.Id));
        Assert.Equal(ReceptionException.UnknownVerification, forgotten.Code);
    }

    [Theory]
    [InlineData("R02", "RCPT-4", ReceptionException.UnknownReader)]
    [InlineData("R01", "山田", ReceptionException.BadReference)]
    [InlineData("R01", "", ReceptionException.BadReference)]
    public void A_request_the_desk_cannot_take_says_why(string reader, string reference, string code)
    {
        Assert.Equal(code, Assert.Throws<ReceptionException>(() => _desk.Start(reader, reference, ["R01"])).Code);
    }
}
