using MynaGate.Link;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MynaGate.Hosting;

/// <summary>
/// GET /health on loopback (plain HTTP: service managers and the installer's tools ask from the same machine):
/// 200 with {"status":"Healthy","version":…} when every check of the host passes, 503 otherwise. The checks' names
/// and statuses only, never their data.
/// </summary>
public sealed class HealthEndpoint(HealthCheckService checks, IOptions<HealthOptions> options, ILoggerFactory logs) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where it listens once started.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        MynaGate.Web.EmbeddedServerLogging.Forward(builder.Logging, logs);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 0; // GET only
            kestrel.Listen(IPAddress.Loopback, options.Value.Port);
        });
        var app = builder.Build();
        app.MapGet("/health", async (HttpContext http) =>
        {
            var report = await checks.CheckHealthAsync(http.RequestAborted).ConfigureAwait(false);
            var body = new
            {
                status = report.Status.ToString(),
                version = ProductVersion.Current,
                checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            };
            return Results.Json(body, JsonSerializerOptions.Web,
                statusCode: report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>The "Health" section.</summary>
public sealed class HealthOptions
{
    /// <summary>Loopback port of /health; 0 picks a free one (printed at start).</summary>
    public int Port { get; set; }
}
