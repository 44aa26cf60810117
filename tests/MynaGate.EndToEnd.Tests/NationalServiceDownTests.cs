using System.Net;
using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Terminal.Dashboard;

namespace MynaGate.EndToEnd.Tests;

/// <summary>A chain whose terminal calls the national service down at its first failure and probes it every 5 s (the least allowed).</summary>
public sealed class NationalServiceDownFixture : ChainFixture
{
    protected override ChainOptions Options => base.Options with
    {
        SmartphoneReaders = false,
        NationalServiceOutageAfterFailures = 1,
        NationalServiceProbe = TimeSpan.FromSeconds(5),
    };
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NationalServiceDownGroup : ICollectionFixture<NationalServiceDownFixture>
{
    public const string Name = "national service down";
}

/// <summary>
/// R43: the national service goes down between patients. Every reader says so at once, a patient mid-session is told
/// without waiting for a timeout, a card placed meanwhile starts nothing, the terminal's health and the console's list
/// say what happened, and service returns by itself when the service answers again.
/// </summary>
[Collection(NationalServiceDownGroup.Name)]
public sealed class NationalServiceDownTests(NationalServiceDownFixture fixture) : ChainTest<NationalServiceDownFixture>(fixture)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_outage_reaches_every_reader_at_once_ends_the_session_under_way_and_passes_by_itself()
    {
        var (first, second) = (Chain.Readers[0], Chain.Readers[1]);
        var since = DateTimeOffset.UtcNow;
        var card = await Chain.CardAsync(171, null);
        var other = await Chain.CardAsync(172, null);
        try
        {
            // a patient at the PIN pad when the service fails: the terminal's probe finds it, not the patient
            await first.InsertAsync(card, 171, Faces.Genuine);
            await Drive.ChooseAsync(first, AuthenticationMethod.Pin);
            await first.WaitForAsync(FlowState.PinEntry, Drive.Step);
            Chain.Onshi.Faults.FailWith = (int)HttpStatusCode.ServiceUnavailable;

            var ended = await first.NextOutcomeAsync(Outage);
            await first.RemoveAsync();
            var idleDown = await second.WaitForAsync(s => s is { State: FlowState.Idle, NationalServiceDown: true }, "the outage screen", Outage);
            Assert.True(Chain.Terminal.NationalService.IsDown);
            Assert.False(idleDown.SmartphoneAvailable);
            Assert.True(second.Control.Status.NationalService?.Down);

            // a card placed during the outage starts nothing: no PIN, no face, the outage at once
            await second.InsertAsync(other, 172, Faces.Genuine);
            var refused = await second.NextOutcomeAsync(Drive.Step);
            await second.RemoveAsync();

            Chain.Onshi.Faults.Clear();
            await first.WaitForAsync(s => s is { State: FlowState.Idle, NationalServiceDown: false }, "the ordinary idle screen", Outage);
            await second.WaitForAsync(s => s is { State: FlowState.Idle, NationalServiceDown: false }, "the ordinary idle screen", Outage);
            var served = await RunPinSessionAsync(first, card, 171);

            Assert.Equal(LinkErrorCodes.NationalServiceDown, ended.ErrorCode);
            Assert.True(ended.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
            Assert.Equal(LinkErrorCodes.NationalServiceDown, refused.ErrorCode);
            Assert.Null(refused.Method);
            Assert.Null(served.ErrorCode);
            Assert.NotNull(served.ResultFile);
            Assert.Equal([served.ResultFile], Directory.GetFiles(Chain.FaceFolder).Select(Path.GetFileName));
            var report = Assert.Single(OutageReport.Compute(Chain.Terminal.NationalService.Outages,
                await Chain.Terminal.Log.ReadSessionsAsync(since), since));
            Assert.NotNull(report.Outage.Ended);
            Assert.Equal(["R01", "R02"], report.Sessions.Select(s => s.ReaderId).Order());
            Assert.All(report.Sessions, s => Assert.Equal(LinkErrorCodes.NationalServiceDown, s.ErrorCode));
        }
        finally
        {
            Chain.Onshi.Faults.Clear();
        }
    }

    private static async Task<SessionOutcome> RunPinSessionAsync(ChainReader reader, Card.Virtual.Engine.VirtualMyNumberCard card, int seed)
    {
        await reader.InsertAsync(card, seed, Faces.Genuine);
        try
        {
            await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
            await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
            await Drive.AnswerConsentsAsync(reader, true, false, true, false);
            return await reader.NextOutcomeAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            await reader.RemoveAsync();
        }
    }
}
