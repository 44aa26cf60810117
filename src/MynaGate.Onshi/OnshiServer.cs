using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Proofs;
using MynaGate.Onshi.Service;
using MynaGate.Onshi.Store;
using MynaGate.Storage.Sql;

namespace MynaGate.Onshi;

/// <summary>
/// The national-service emulator as an HTTPS API (on loopback unless configured otherwise). Every call needs a TLS client certificate registered
/// for a 医療機関コード (the institution's terminal); anything else gets 403 and nothing more.
/// </summary>
public sealed class OnshiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OnshiServer(WebApplication app, OnshiStore store, OnshiFaults faults)
    {
        _app = app;
        Store = store;
        Faults = faults;
    }

    public OnshiStore Store { get; }

    /// <summary>Slowness or errors to play while running; none at start.</summary>
    public OnshiFaults Faults { get; }

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<OnshiServer> StartAsync(OnshiOptions options, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        MynaGate.Web.EmbeddedServerLogging.Forward(builder.Logging, options.Logs);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // a request carries a certificate and a few signatures: a few kilobytes
            kestrel.Limits.MaxRequestBodySize = LinkLimits.MaxMessageBytes;
            kestrel.Listen(options.Address, options.Port, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = options.ServerCertificate;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                // self-signed terminals: trust is the registration of the pin, checked per request
                https.ClientCertificateValidation = (_, _, _) => true;
            }));
        });
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            foreach (var converter in LinkJson.Options.Converters) json.SerializerOptions.Converters.Add(converter);
        });

        var store = new OnshiStore(SqlDataSource.Open(options.ConnectionString, options.SqliteFile));
        await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var service = new QualificationService(store, new CardCertificateValidator(options.AuthenticationCa, store, options.Clock),
            new PresenceProofVerifier(store), options.Clock);

        var faults = new OnshiFaults();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            // a fault plays a service that is down, so its health route fails too (the terminal's outage probe, R43);
            // the configured slowness is the answers' alone
            bool health = context.Request.Path.Equals(OnshiRoutes.Health, StringComparison.Ordinal);
            if (health || context.Request.Path.StartsWithSegments(OnshiRoutes.Qualifications, StringComparison.Ordinal))
            {
                var delay = (health ? TimeSpan.Zero : options.ResponseDelay) + faults.Delay;
                if (delay > TimeSpan.Zero) await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
                if (faults.FailWith is { } status)
                {
                    context.Response.StatusCode = status;
                    return;
                }
            }
            await next(context).ConfigureAwait(false);
        });
        var logger = (options.Logs ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).CreateLogger("MynaGate.Onshi");
        Map(app, store, service, options.Clock, logger);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new OnshiServer(app, store, faults);
    }

    private static void Map(WebApplication app, OnshiStore store, QualificationService service, TimeProvider clock, ILogger logger)
    {
        app.MapGet(OnshiRoutes.Health, () => Results.Ok());

        app.MapPost(OnshiRoutes.Devices, (HttpContext http, DeviceRegistration registration) => Guarded(http, store, logger, async institution =>
        {
            X509Certificate2 device;
            try
            {
                device = X509CertificateLoader.LoadCertificate(registration.Certificate);
            }
            catch (CryptographicException)
            {
                return Results.BadRequest(new OnshiError("T103", "The device certificate is not a DER X.509 certificate."));
            }
            using (device) await store.RegisterDeviceAsync(CertificatePin.Of(device).Sha256, institution, clock.GetUtcNow(), http.RequestAborted).ConfigureAwait(false);
            return Results.NoContent();
        }));

        app.MapPost(OnshiRoutes.Qualifications, (HttpContext http, QualificationRequest request) => Guarded(http, store, logger, async institution =>
            Results.Ok(await service.QualifyAsync(request, institution, http.RequestAborted).ConfigureAwait(false))));

        app.MapPost("/v1/qualifications/{reference}/consents", (HttpContext http, string reference, ConsentRequest request) => Guarded(http, store, logger, async institution =>
            Results.Ok(await service.RecordConsentsAsync(reference, request, institution, http.RequestAborted).ConfigureAwait(false))));
    }

    // the caller's institution from its registered client certificate; refusals become 422 with a code
    private static async Task<IResult> Guarded(HttpContext http, OnshiStore store, ILogger logger, Func<string, Task<IResult>> handle)
    {
        var client = await http.Connection.GetClientCertificateAsync(http.RequestAborted).ConfigureAwait(false);
        if (client is null)
        {
            OnshiLog.NoCertificate(logger);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        string pin = CertificatePin.Of(client).Sha256;
        if (await store.FindInstitutionAsync(pin, http.RequestAborted).ConfigureAwait(false) is not { } institution)
        {
            OnshiLog.UnknownTerminal(logger, pin);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        try
        {
            return await handle(institution).ConfigureAwait(false);
        }
        catch (OnshiRefusalException refusal)
        {
            OnshiLog.Refused(logger, refusal.Code);
            return Results.UnprocessableEntity(new OnshiError(refusal.Code, refusal.Message));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
