using System.Net;
using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Link;
using MynaGate.Web;

namespace MynaGate.Reader.Kiosk;

/// <summary>
/// The reader's screen, served on loopback only to the browser on the unit (Chromium in kiosk mode). Pages follow the
/// flow through server-sent events and post taps back; inputs from another site are refused.
/// </summary>
public sealed class KioskServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly VerificationFlow _flow;
    private readonly ChangeFeed _feed = new();
    private readonly KioskRenderer _renderer = new();
    private readonly PairingState? _pairing;
    private readonly JapaneseVoice? _voice;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _codeWatch;
    private KioskOptions _options;
    private string _language = KioskText.DefaultLanguage;

    private const long MaxRequestBody = 1024;

    // a screen read whole in Japanese, in UTF-8 (JapaneseVoice.MaxCharacters of up to 3 bytes)
    private const long MaxSpeechBody = JapaneseVoice.MaxCharacters * 3;

    /// <summary>The Host names the kiosk answers to: the unit's browser on the unit itself.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    private KioskServer(VerificationFlow flow, KioskOptions options, PairingState? pairing, ILoggerFactory? logs, JapaneseVoice? voice)
    {
        _flow = flow;
        _voice = voice;
        _options = options with { ReaderSpeaksJapanese = voice is not null };
        _pairing = pairing;
        var builder = WebApplication.CreateSlimBuilder();
        EmbeddedServerLogging.Forward(builder.Logging, logs);
        // a tap is a few dozen bytes: nothing larger is read
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBody);
        // only the unit's own browser, by a loopback name: a page whose DNS name was rebound to 127.0.0.1 is refused
        builder.Services.AddHostFiltering(hosts => hosts.AllowedHosts = [.. LoopbackHosts]);
        _app = builder.Build();
        _app.UseHostFiltering();
        _app.Use(SecurityHeaders.AddAsync);
        Map(_app);
        flow.ScreenChanged += OnScreenChanged;
        if (pairing is not null) pairing.Changed += _feed.Changed;
        _codeWatch = pairing is null ? Task.CompletedTask : WatchCodeAsync(pairing, _stopping.Token);
    }

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public KioskOptions Options => Volatile.Read(ref _options);

    /// <summary>The language the patient chose; back to 日本語 when the session ends.</summary>
    public string Language => Volatile.Read(ref _language);

    /// <param name="pairing">The reader's pairing: while unpaired the screen shows its code and takes no input. Null for a screen without a link (tests).</param>
    /// <param name="logs">The host's logging, for ASP.NET Core's own warnings and errors; null logs nothing.</param>
    /// <param name="voice">The reader's own Japanese voice; null leaves speech to the browser.</param>
    public static async Task<KioskServer> StartAsync(int port, VerificationFlow flow, KioskOptions options, PairingState? pairing = null,
        ILoggerFactory? logs = null, JapaneseVoice? voice = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var server = new KioskServer(flow, options, pairing, logs, voice);
        server._app.Urls.Add($"http://{IPAddress.Loopback}:{port}");
        await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    /// <summary>New settings from the terminal's console; open pages redraw.</summary>
    public void Update(KioskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Volatile.Write(ref _options, options with { ReaderSpeaksJapanese = _voice is not null });
        _feed.Changed();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/", async () => Results.Content(await _renderer.PageAsync(_flow.Screen, Text(), Options, Unpaired()).ConfigureAwait(false), "text/html; charset=utf-8"));
        app.MapGet("/screen", async () => Results.Content(await _renderer.ScreenAsync(_flow.Screen, Text(), Options, Unpaired()).ConfigureAwait(false), "text/html; charset=utf-8"));
        app.MapGet("/events", (HttpContext http) => TypedResults.ServerSentEvents(Notices(http.RequestAborted)));
        app.MapPost("/input", (HttpContext http, KioskCommand command) =>
        {
            if (!SameOrigin.IsFromOwnPage(http.Request)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            if (Unpaired() is not null) return Results.StatusCode(StatusCodes.Status409Conflict);
            if (command.Kind == "language") return ChooseLanguage(command.Value);
            if (command.ToInput() is not { } input) return Results.BadRequest();
            return _flow.Send(input) ? Results.NoContent() : Results.StatusCode(StatusCodes.Status429TooManyRequests);
        });
        app.MapPost("/speech", (Func<HttpContext, Task<IResult>>)SpeakAsync);
        app.MapGet("/preview.jpg", WritePreviewAsync);
        app.MapGet("/kiosk.js", () => KioskAssets.Serve("kiosk.js", "text/javascript; charset=utf-8"));
        app.MapGet("/kiosk.css", () => KioskAssets.Serve("kiosk.css", "text/css; charset=utf-8"));
    }

    /// <summary>The live camera frame while the patient faces the camera; 204 on any other screen.</summary>
    // the page's own Japanese text, spoken by the reader's voice; 404 where the browser speaks
    private async Task<IResult> SpeakAsync(HttpContext http)
    {
        if (_voice is null) return Results.NotFound();
        if (!SameOrigin.IsFromOwnPage(http.Request)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxSpeechBody;
        string text;
        try
        {
            using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8);
            text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        try
        {
            return Results.Bytes(await _voice.RenderAsync(text, http.RequestAborted).ConfigureAwait(false), "audio/wav");
        }
        catch (ArgumentException)
        {
            return Results.BadRequest();
        }
        catch (InvalidOperationException)
        {
            // the page falls back to the browser's own voice
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    private async Task WritePreviewAsync(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        byte[]? jpeg = _flow.Screen.State == FlowState.FaceCapture ? _flow.Preview.Copy() : null;
        if (jpeg is null)
        {
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        try
        {
            response.ContentType = "image/jpeg";
            response.ContentLength = jpeg.Length;
            await response.Body.WriteAsync(jpeg, response.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(jpeg);
        }
    }

    private async IAsyncEnumerable<SseItem<string>> Notices([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // an open page's stream ends when the server stops, so the browser on the unit does not hold the stop
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _app.Lifetime.ApplicationStopping);
        await foreach (long version in _feed.SubscribeAsync(stop.Token).ConfigureAwait(false))
            yield return new SseItem<string>(version.ToString(System.Globalization.CultureInfo.InvariantCulture), "screen");
    }

    // the patient switches language on the first screen only
    private IResult ChooseLanguage(string? language)
    {
        if (language is null || !Options.Languages.Contains(language)) return Results.BadRequest();
        if (_flow.Screen.State != FlowState.Idle) return Results.Conflict();
        Volatile.Write(ref _language, language);
        _feed.Changed();
        return Results.NoContent();
    }

    private void OnScreenChanged(FlowScreen screen)
    {
        if (screen.State == FlowState.Idle) Volatile.Write(ref _language, KioskText.DefaultLanguage);
        _feed.Changed();
    }

    private KioskText Text() => new(Language);

    private UnpairedScreen? Unpaired() =>
        _pairing?.Shown is { } shown ? new UnpairedScreen(shown.Code, shown.Expires) : null;

    // a code is renewed when read after it expired; reading it now and then renews the one on screen in time
    private static async Task WatchCodeAsync(PairingState pairing, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false)) _ = pairing.Code;
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _flow.ScreenChanged -= OnScreenChanged;
        if (_pairing is not null) _pairing.Changed -= _feed.Changed;
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _codeWatch.ConfigureAwait(false);
        _stopping.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await _renderer.DisposeAsync().ConfigureAwait(false);
    }
}
