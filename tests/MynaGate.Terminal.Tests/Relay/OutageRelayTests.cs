using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// R43 in the relay: a national service that fails for its own sake (HTTP 5xx) three times in a row is not asked
/// again; the next patient gets T105 at once. A refusal (a Q-code) is an answer and never calls it down.
/// </summary>
public sealed class OutageRelayTests : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];
    private int _asked;
    private int _status = StatusCodes.Status503ServiceUnavailable;

    private RelayUnderTest Terminal => (RelayUnderTest)_owned[1];

    public async Task InitializeAsync()
    {
        var service = await FakeNationalService.StartAsync(app => app.MapPost(OnshiRoutes.Qualifications, (HttpContext http) =>
        {
            Interlocked.Increment(ref _asked);
            return _status == StatusCodes.Status422UnprocessableEntity
                ? Microsoft.AspNetCore.Http.Results.Json(new OnshiError(LinkErrorCodes.CertificateUntrusted, "untrusted"), LinkJson.Options, statusCode: _status)
                : Microsoft.AspNetCore.Http.Results.StatusCode(_status);
        }));
        _owned.Add(service);
        _owned.Add(await RelayUnderTest.StartAsync(service.Address, service.Pin));
    }

    [Fact]
    public async Task Three_service_failures_in_a_row_make_the_next_patient_get_T105_without_the_service_being_asked()
    {
        var codes = new List<string?>();
        for (int i = 0; i < 4; i++) codes.Add(await QualifyAsync($"S{i}"));

        Assert.Equal([LinkErrorCodes.NationalServiceRejected, LinkErrorCodes.NationalServiceRejected, LinkErrorCodes.NationalServiceRejected,
            LinkErrorCodes.NationalServiceDown], codes);
        Assert.Equal(3, _asked);
        Assert.True(Terminal.Outage.IsDown);
        Assert.Equal(0, Terminal.Relay.OpenSessions);
    }

    [Fact]
    public async Task Refusals_of_the_card_never_call_the_service_down()
    {
        _status = StatusCodes.Status422UnprocessableEntity;
        var codes = new List<string?>();
        for (int i = 0; i < 5; i++) codes.Add(await QualifyAsync($"S{i}"));

        Assert.All(codes, c => Assert.Equal(LinkErrorCodes.CertificateUntrusted, c));
        Assert.Equal(5, _asked);
        Assert.False(Terminal.Outage.IsDown);
    }

    private async Task<string?> QualifyAsync(string session) => (await Terminal.QualifyAsync(session)).Error?.Code;

    public async Task DisposeAsync()
    {
        for (int i = _owned.Count - 1; i >= 0; i--) await _owned[i].DisposeAsync();
    }
}
