using System.Net;
using System.Net.Http.Json;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// The reader's control routes (status, staff decision, settings, the national-service notice) on a running chain's
/// reader, called by a device on the LAN that is not its paired terminal: each is refused with 403 and nothing the
/// reader shows or applies changes. The link's own routes are covered by the link server's tests.
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class ReaderControlRouteTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    [Fact]
    public async Task A_device_that_is_not_the_paired_terminal_is_refused_every_control_route_and_changes_nothing()
    {
        var reader = Chain.Readers[0];
        var before = reader.Control.Status;
        using var stranger = DeviceIdentity.Create("stranger on the LAN");
        var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [stranger];
        // the stranger takes whatever certificate the reader shows (its self-signed device identity); the reader must
        // not take the stranger's
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null;
        using var client = new HttpClient(handler) { BaseAddress = reader.Server.Address };

        using var outage = await client.PutAsJsonAsync(LinkRoutes.NationalService, new NationalServiceNotice(true, DateTimeOffset.UtcNow), LinkJson.Options);
        using var settings = await client.PutAsJsonAsync(LinkRoutes.Settings, before.Settings with { DebugMode = !before.Settings.DebugMode, PaperMode = !before.Settings.PaperMode },
            LinkJson.Options);
        using var decision = await client.PostAsJsonAsync(LinkRoutes.StaffDecision, new StaffDecisionRequest(true, before.Screen.Version), LinkJson.Options);
        using var status = await client.GetAsync(LinkRoutes.Status);

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { outage.StatusCode, settings.StatusCode, decision.StatusCode, status.StatusCode });
        var after = reader.Control.Status;
        Assert.Equal(before.NationalService, after.NationalService);
        Assert.True(after.Settings.SameAs(before.Settings), "a stranger's settings were applied");
        Assert.False((await reader.WaitForAsync(FlowState.Idle, TimeSpan.FromSeconds(10))).NationalServiceDown);
    }
}
