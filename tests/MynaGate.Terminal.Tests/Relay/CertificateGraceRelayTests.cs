using Microsoft.AspNetCore.Builder;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Logging;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// A card whose certificate is in its grace after expiry (R40): the terminal tells the reader, so no viewing consent
/// is asked, and logs it, so staff see why.
/// </summary>
public sealed class CertificateGraceRelayTests : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];
    private bool _inGrace;

    private RelayUnderTest Terminal => (RelayUnderTest)_owned[1];

    public async Task InitializeAsync()
    {
        var service = await FakeNationalService.StartAsync(app => app.MapPost(OnshiRoutes.Qualifications, () => Microsoft.AspNetCore.Http.Results.Json(
            new QualificationResponse("0000000002", QualificationStatus.Valid, DateTimeOffset.UtcNow, false, []) { CertificateInGrace = _inGrace }, LinkJson.Options)));
        _owned.Add(service);
        _owned.Add(await RelayUnderTest.StartAsync(service.Address, service.Pin));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_grace_reaches_the_reader_and_the_log_only_when_the_national_service_reports_it(bool inGrace)
    {
        _inGrace = inGrace;
        var qualified = await Terminal.QualifyAsync("S1");

        Assert.Null(qualified.Error);
        Assert.Equal(inGrace, qualified.Qualification!.CertificateInGrace);
        Assert.Equal(inGrace, (await Terminal.Log.ReadAsync()).Any(e => e.Event == TerminalEvent.CertificateInGrace && e.ReaderId == "R01"));
    }

    public async Task DisposeAsync()
    {
        for (int i = _owned.Count - 1; i >= 0; i--) await _owned[i].DisposeAsync();
    }
}
