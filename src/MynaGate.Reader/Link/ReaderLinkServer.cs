using System.Globalization;
using System.Net;
using System.Net.Sockets;
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

namespace MynaGate.Reader.Link;

/// <summary>
/// The reader's TLS endpoint for its terminal (the reader serves, the terminal connects). Pairing is the only call an
/// unpaired terminal may make; every other call needs the pinned terminal certificate and gets 403 otherwise.
/// </summary>
public sealed class ReaderLinkServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReaderLinkServer(WebApplication app) => _app = app;

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Starts listening; a port another program holds fails with <see cref="LinkAddressInUseException"/>.</summary>
    /// <param name="control">The status, staff decision and settings routes' reader; without it only the link is served.</param>
    /// <param name="logs">The host's logging, for ASP.NET Core's own warnings and errors; null logs nothing.</param>
    public static async Task<ReaderLinkServer> StartAsync(IPEndPoint endpoint, X509Certificate2 identity, string readerId, string serial,
        PairingState pairing, TerminalChannel channel, ReaderControl? control, ILoggerFactory? logs = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        MynaGate.Web.EmbeddedServerLogging.Forward(builder.Logging, logs);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // the terminal's messages are a few kilobytes; nothing larger is read from the LAN
            kestrel.Limits.MaxRequestBodySize = LinkLimits.MaxMessageBytes;
            kestrel.Listen(endpoint, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = identity;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                https.ClientCertificateValidation = (_, _, _) => true;
            }));
        });
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            foreach (var converter in LinkJson.Options.Converters) json.SerializerOptions.Converters.Add(converter);
        });
        var app = builder.Build();
        var readerPin = CertificatePin.Of(identity);

        app.MapPost(LinkRoutes.PairingStart, async (HttpContext http, PairingStart start) =>
        {
            var client = await http.Connection.GetClientCertificateAsync().ConfigureAwait(false);
            if (client is null) return Results.Unauthorized();
            var challenge = pairing.Start(readerPin, CertificatePin.Of(client), start, out var refusal, out var retryAfter);
            if (refusal == PairingRefusal.RateLimited)
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return challenge is null ? Refused(refusal) : Results.Json(challenge, LinkJson.Options);
        });

        app.MapPost(LinkRoutes.PairingFinish, async (HttpContext http, PairingFinish finish) =>
        {
            var client = await http.Connection.GetClientCertificateAsync().ConfigureAwait(false);
            if (client is null) return Results.Unauthorized();
            string? confirmation = pairing.Finish(CertificatePin.Of(client), finish, out var refusal);
            return confirmation is null ? Refused(refusal) : Results.Json(new PairingResponse(readerId, serial, confirmation), LinkJson.Options);
        });

        app.MapDelete(LinkRoutes.Pairing, async (HttpContext http) =>
        {
            if (!await IsPairedTerminalAsync(http, pairing).ConfigureAwait(false)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            pairing.Unpair();
            return Results.NoContent();
        });

        app.MapGet(LinkRoutes.Next, async (HttpContext http) =>
        {
            if (!await IsPairedTerminalAsync(http, pairing).ConfigureAwait(false)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            return await LongPollAsync(app, http, async ct =>
            {
                var request = await channel.TakeAsync(LinkRoutes.PollWait, ct).ConfigureAwait(false);
                return request is null ? Results.NoContent() : Results.Json(request, LinkJson.Options);
            }).ConfigureAwait(false);
        });

        app.MapPost(LinkRoutes.Reply, async (HttpContext http, LinkReply reply) =>
        {
            if (!await IsPairedTerminalAsync(http, pairing).ConfigureAwait(false)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            return channel.Deliver(reply) ? Results.NoContent() : Results.NotFound();
        });

        // a reader without a screen to control (the link's own tests) serves the link alone
        if (control is not null) MapControl(app, pairing, control);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new LinkAddressInUseException(endpoint, e);
        }
        return new ReaderLinkServer(app);
    }

    private static IResult Refused(PairingRefusal refusal) => Results.StatusCode(refusal switch
    {
        PairingRefusal.AlreadyPaired => StatusCodes.Status409Conflict,
        PairingRefusal.RateLimited => StatusCodes.Status429TooManyRequests,
        PairingRefusal.NoAttempt => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status403Forbidden,
    });

    /// <summary>The console's view of the reader and its staff actions, for the paired terminal only.</summary>
    private static void MapControl(WebApplication app, PairingState pairing, ReaderControl control)
    {
        app.MapGet(LinkRoutes.Status, async (HttpContext http, long? after) =>
        {
            if (!await IsPairedTerminalAsync(http, pairing).ConfigureAwait(false)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            return await LongPollAsync(app, http, async ct =>
            {
                var status = await control.WaitAsync(after ?? 0, LinkRoutes.PollWait, ct).ConfigureAwait(false);
                return status is null ? Results.NoContent() : Results.Json(status, LinkJson.Options);
            }).ConfigureAwait(false);
        });

        app.MapPost(LinkRoutes.StaffDecision, async (HttpContext http, StaffDecisionRequest decision) =>
        {
            if (!await IsPairedTerminalAsync(http, pairing).ConfigureAwait(false)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            return control.Decide(decision.Approved, decision.Screen) ? Results.NoContent() : Results.Conflict();
        });

        app.MapPut(LinkRoutes.NationalService, async (HttpContext http, NationalServiceNotice notice) =>
        {
            if (!await IsPairedTerminalAsync(http, pairing).ConfigureAwait(false)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            control.Notice(notice);
            return Results.NoContent();
        });

        app.MapPut(LinkRoutes.Settings, async (HttpContext http, ReaderSettings settings) =>
        {
            if (!await IsPairedTerminalAsync(http, pairing).ConfigureAwait(false)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var problems = control.Apply(settings);
            return problems.Count == 0 ? Results.NoContent() : Results.BadRequest(problems);
        });
    }

    /// <summary>
    /// Runs a long poll that also ends when the server stops: 503 at once instead of holding the shutdown until the
    /// poll's own wait runs out (the terminal keeps a request and a status poll open on every reader).
    /// </summary>
    private static async Task<IResult> LongPollAsync(WebApplication app, HttpContext http, Func<CancellationToken, Task<IResult>> poll)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            return await poll(ends.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<bool> IsPairedTerminalAsync(HttpContext http, PairingState pairing)
    {
        var client = await http.Connection.GetClientCertificateAsync().ConfigureAwait(false);
        return pairing.PairedTerminal is { } pin && pin.Matches(client);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
