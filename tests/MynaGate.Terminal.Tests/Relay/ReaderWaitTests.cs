using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// The terminal keeps to the reader's wait: when the national service is slower than the time the reader will still
/// wait, the session ends with T102 and no result is written behind the patient's back.
/// </summary>
public sealed class ReaderWaitTests : IAsyncLifetime
{
    private const string Reference = "0000000001";
    private readonly List<IAsyncDisposable> _owned = [];
    private TimeSpan _consentDelay;

    private RelayUnderTest Terminal => (RelayUnderTest)_owned[1];

    public async Task InitializeAsync()
    {
        var service = await FakeNationalService.StartAsync(app =>
        {
            app.MapPost(OnshiRoutes.Qualifications, () => Microsoft.AspNetCore.Http.Results.Json(
                new QualificationResponse(Reference, QualificationStatus.NotFound, DateTimeOffset.UtcNow, false, []), LinkJson.Options));
            app.MapPost(OnshiRoutes.Consents(Reference), async (HttpContext http) =>
            {
                await Task.Delay(_consentDelay, http.RequestAborted);
                return Microsoft.AspNetCore.Http.Results.Json(new ConsentResponse(Reference, []), LinkJson.Options);
            });
        });
        _owned.Add(service);
        _owned.Add(await RelayUnderTest.StartAsync(service.Address, service.Pin));
    }

    [Fact]
    public async Task A_result_that_cannot_be_ready_before_the_reader_stops_waiting_is_not_written()
    {
        _consentDelay = TimeSpan.FromSeconds(3);
        await QualifyAsync("S1");

        var reply = await Terminal.Relay.HandleAsync(Terminal.Reader, new LinkRequest("m3", "S1", LinkRequestKind.Complete) { Consents = [], WaitMs = 1500 },
            CancellationToken.None);

        Assert.Equal(LinkErrorCodes.NationalServiceTimeout, reply.Error?.Code);
        Assert.Equal(0, Terminal.Relay.OpenSessions);
        // past the national service's late answer: still nothing in the Face folder
        await Task.Delay(_consentDelay);
        Assert.Empty(Directory.GetFiles(Terminal.FaceFolder, "*.xml"));
    }

    [Fact]
    public async Task A_result_ready_within_the_reader_s_wait_is_written()
    {
        _consentDelay = TimeSpan.Zero;
        await QualifyAsync("S2");

        var reply = await Terminal.Relay.HandleAsync(Terminal.Reader, new LinkRequest("m3", "S2", LinkRequestKind.Complete) { Consents = [], WaitMs = 5000 },
            CancellationToken.None);

        Assert.Null(reply.Error);
        Assert.Single(Directory.GetFiles(Terminal.FaceFolder, "*.xml"));
    }

    private async Task QualifyAsync(string session) => Assert.Null((await Terminal.QualifyAsync(session)).Error);

    public async Task DisposeAsync()
    {
        for (int i = _owned.Count - 1; i >= 0; i--) await _owned[i].DisposeAsync();
    }
}
