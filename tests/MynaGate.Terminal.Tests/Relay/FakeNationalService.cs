using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MynaGate.Link.Identity;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>An HTTPS server on loopback that answers as the test's routes say, in place of the national service.</summary>
internal sealed class FakeNationalService : IAsyncDisposable
{
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _identity = DeviceIdentity.Create("national service");
    private readonly WebApplication _app;

    private FakeNationalService(Action<WebApplication> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_identity)));
        _app = builder.Build();
        routes(_app);
    }

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The pin the terminal's client must be given for this server.</summary>
    public CertificatePin Pin => CertificatePin.Of(_identity);

    public static async Task<FakeNationalService> StartAsync(Action<WebApplication> routes)
    {
        var service = new FakeNationalService(routes);
        await service._app.StartAsync();
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _identity.Dispose();
    }
}
