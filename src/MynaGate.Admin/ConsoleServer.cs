using System.Net.ServerSentEvents;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MynaGate.Admin.Accounts;
using MynaGate.Admin.Installation;
using MynaGate.Admin.Pages;
using MynaGate.Admin.Reception;
using MynaGate.Terminal;
using MynaGate.Terminal.Dashboard;
using MynaGate.Terminal.Logging;
using MynaGate.Web;

namespace MynaGate.Admin;

/// <summary>
/// The terminal's management console (R24, R25, X4). Every page but sign-in needs a signed-in staff account; every
/// form carries an antiforgery token and must come from the console's own pages (same-origin), and the session
/// cookie is SameSite=Strict, so another site cannot act in a signed-in browser's name.
/// </summary>
public sealed partial class ConsoleServer : IAsyncDisposable
{
    private static readonly TimeSpan DashboardWindow = TimeSpan.FromHours(24);
    private readonly WebApplication _app;
    private readonly TerminalService _terminal;
    private readonly ConsoleOptions _options;
    private readonly ComponentHtml _html = new();
    private readonly ChangeFeed _feed = new();

    private ConsoleServer(ConsoleOptions options, TerminalService terminal)
    {
        _options = options;
        _terminal = terminal;
        Accounts = new ConsoleAccounts(Path.Combine(options.StateDirectory, "console-accounts.json"), options.Clock);
        Sessions = new ConsoleSessions(options.SessionLifetime, options.Clock);
        Accounts.AccessChanged += Sessions.EndAll;
        // over HTTPS the cookies never travel in clear; plain HTTP is allowed on loopback only
        var secure = options.Certificate is null ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        ApiKeys = new ReceptionApiKeys(Path.Combine(options.StateDirectory, "reception-api-keys.json"));
        var builder = WebApplication.CreateSlimBuilder();
        EmbeddedServerLogging.Forward(builder.Logging, options.Logs);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.Endpoint, listen =>
        {
            // the console's forms are a few hundred bytes
            kestrel.Limits.MaxRequestBodySize = MaxFormBytes;
            if (options.Certificate is { } certificate) listen.UseHttps(certificate);
        }));
        builder.Services.AddDataProtection().SetApplicationName("MynaGate.Console")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.StateDirectory, "console-keys")));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "mynagate-console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secure;
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/logout";
            cookie.AccessDeniedPath = "/denied";
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            // the cookie names a server-side session: one ended at sign-out or by a password change is refused
            cookie.Events.OnValidatePrincipal = async context =>
            {
                var principal = context.Principal;
                if (Sessions.IsLive(principal?.FindFirstValue(SessionClaim), principal?.Identity?.Name)) return;
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync().ConfigureAwait(false);
            };
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, policy => policy.RequireRole(nameof(ConsoleRole.Admin)));
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "mynagate-console-form";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = secure;
        });
        _app = builder.Build();
        _app.Use(SecurityHeaders.AddAsync);
        _app.Use(RequestRefusals.AnswerAsync);
        _app.UseAuthentication();
        _app.UseAuthorization();
        Map(_app);
        terminal.ReaderStatusChanged += OnReaderStatusChanged;
        terminal.NationalServiceChanged += OnNationalServiceChanged;
    }

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public ConsoleAccounts Accounts { get; }

    /// <summary>Sign-in attempts per client address, for the form and the installer API alike.</summary>
    public SignInThrottle Throttle { get; } = new();

    /// <summary>The signed-in sessions, ended at sign-out and when their account's password changes.</summary>
    public ConsoleSessions Sessions { get; }

    private const string SessionClaim = "mynagate:session";
    private const long MaxFormBytes = 64 * 1024;
    private const string AdminPolicy = "admin";

    /// <summary>The keys of the reception systems that use the reader API.</summary>
    public ReceptionApiKeys ApiKeys { get; }

    public static async Task<ConsoleServer> StartAsync(ConsoleOptions options, TerminalService terminal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        var server = new ConsoleServer(options, terminal);
        await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/console.css", () => ConsoleAssets.Serve("console.css", "text/css; charset=utf-8"));
        app.MapGet("/console.js", () => ConsoleAssets.Serve("console.js", "text/javascript; charset=utf-8"));
        app.MapGet("/login", (HttpRequest request) => PageAsync<LoginPage>(request, [], StatusCodes.Status200OK));
        app.MapPost("/login", SignInAsync);
        app.MapGet("/denied", () => Results.Content("この操作には管理者のアカウントが必要です。", "text/plain; charset=utf-8", null, StatusCodes.Status403Forbidden));
        app.MapPost("/logout", (HttpRequest request) => FormAsync(request, async _ =>
        {
            Sessions.End(request.HttpContext.User.FindFirstValue(SessionClaim));
            await request.HttpContext.SignOutAsync().ConfigureAwait(false);
            _terminal.Log.Write(TerminalEvent.ConsoleSignedOut, account: request.HttpContext.User.Identity?.Name);
            return Results.Redirect("/login");
        })).RequireAuthorization();

        app.MapGet("/", DashboardAsync).RequireAuthorization();
        app.MapGet("/readers", (HttpRequest request) => ReadersPageAsync(request, null)).RequireAuthorization();
        app.MapGet("/readers/add", (HttpRequest request) => PageAsync<AddReaderPage>(request, [])).RequireAuthorization(AdminPolicy);
        app.MapPost("/readers/add", AddReaderAsync).RequireAuthorization(AdminPolicy);
        app.MapPost("/readers/{id}/unpair", UnpairAsync).RequireAuthorization(AdminPolicy);
        app.MapGet("/readers/table", async () => Html(await _html.RenderAsync<ReadersTable>(new Dictionary<string, object?>
        {
            ["Readers"] = _terminal.Readers, ["Saved"] = _terminal.SavedSettings,
        }).ConfigureAwait(false))).RequireAuthorization();
        app.MapGet("/readers/{id}", (HttpRequest request, string id) => MirrorAsync(request, id, null, StatusCodes.Status200OK)).RequireAuthorization();
        app.MapGet("/readers/{id}/screen", async (HttpRequest request, string id) => Reader(id) is not { } reader ? Results.NotFound()
            : Html(await _html.RenderAsync<MirrorView>(new Dictionary<string, object?>
            {
                ["ReaderId"] = id, ["Token"] = Token(request), ["Status"] = reader.Status,
            }).ConfigureAwait(false))).RequireAuthorization();
        app.MapPost("/readers/{id}/decision", DecideAsync).RequireAuthorization();
        app.MapGet("/outage", async () => Html(await _html.RenderAsync<OutageBanner>(new Dictionary<string, object?>
        {
            ["Outage"] = _terminal.NationalService.Current,
        }).ConfigureAwait(false))).RequireAuthorization();
        app.MapGet("/events", (HttpRequest request) => TypedResults.ServerSentEvents(Notices(request.HttpContext.RequestAborted))).RequireAuthorization();

        app.MapGet("/settings", (HttpRequest request) => SettingsPageAsync(request, _terminal.SavedSettings ?? CurrentReaderSettings(), [], saved: false))
            .RequireAuthorization();
        app.MapPost("/settings", SaveSettingsAsync).RequireAuthorization(AdminPolicy);
        app.MapGet("/log", LogAsync).RequireAuthorization();
        app.MapGet("/log.csv", LogCsvAsync).RequireAuthorization();
        MapAccounts(app);
        ReceptionApi.Map(app, _terminal, ApiKeys);
        InstallerApi.Map(app, _terminal, Accounts, Throttle);
    }

    private async Task<IResult> SignInAsync(HttpRequest request) => await FormAsync(request, async form =>
    {
        string name = form["name"].ToString();
        string password = form["password"].ToString();
        var result = await ConsoleSignIn.AttemptAsync(Accounts, Throttle, name, password, request.HttpContext).ConfigureAwait(false);
        _terminal.Log.Write(SignInEvent(result), account: ConsoleAccounts.IsValidName(name) ? name : null);
        if (result != SignInResult.SignedIn)
        {
            // a lockout and a throttled address read exactly like a wrong password: nothing tells a guesser which
            return await PageAsync<LoginPage>(request, new() { ["Message"] = "ユーザー名かパスワードが違います。" }, StatusCodes.Status401Unauthorized).ConfigureAwait(false);
        }
        var role = Accounts.RoleOf(name) ?? ConsoleRole.Staff;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role.ToString()), new Claim(SessionClaim, Sessions.Start(name))],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await request.HttpContext.SignInAsync(new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return Results.Redirect("/");
    }).ConfigureAwait(false);

    /// <summary>What the log records of a sign-in's outcome.</summary>
    internal static TerminalEvent SignInEvent(SignInResult result) => result switch
    {
        SignInResult.SignedIn => TerminalEvent.ConsoleSignedIn,
        SignInResult.LockedOut => TerminalEvent.ConsoleLockedOut,
        SignInResult.Throttled => TerminalEvent.ConsoleSignInThrottled,
        _ => TerminalEvent.ConsoleSignInFailed,
    };

    private async Task<IResult> DashboardAsync(HttpRequest request)
    {
        var until = _options.Clock.GetUtcNow();
        var sessions = await _terminal.Log.ReadSessionsAsync(until - DashboardWindow, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var figures = FleetDashboard.Compute(sessions, _terminal.Readers.Select(r => r.Reader.ReaderId), until, DashboardWindow);
        var outages = OutageReport.Compute(_terminal.NationalService.Outages, sessions, until - DashboardWindow);
        return await PageAsync<DashboardPage>(request, new() { ["Figures"] = figures, ["Outages"] = outages }).ConfigureAwait(false);
    }

    private Task<IResult> MirrorAsync(HttpRequest request, string id, string? message, int status) => Reader(id) is not { } reader
        ? Task.FromResult(Results.NotFound())
        : PageAsync<MirrorPage>(request, new() { ["ReaderId"] = id, ["Status"] = reader.Status, ["Message"] = message }, status);

    private async Task<IResult> DecideAsync(HttpRequest request, string id) => await FormAsync(request, async form =>
    {
        if (Reader(id) is null) return Results.NotFound();
        string approved = form["approved"].ToString();
        if (approved is not ("true" or "false")) return Results.BadRequest();
        if (!long.TryParse(form["screen"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long screen))
            return Results.BadRequest();
        bool decided;
        try
        {
            decided = await _terminal.DecideAsync(id, approved == "true", screen, request.HttpContext.User.Identity?.Name, request.HttpContext.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or UnauthorizedAccessException)
        {
            return await MirrorAsync(request, id, "カードリーダーに届きませんでした。接続を確認してください。", StatusCodes.Status502BadGateway).ConfigureAwait(false);
        }
        return decided ? Results.Redirect($"/readers/{id}")
            : await MirrorAsync(request, id, "この目視確認は終わっています (患者さんが先に進んだか、次の方の画面です)。今の画面を見てから判断してください。", StatusCodes.Status409Conflict).ConfigureAwait(false);
    }).ConfigureAwait(false);

    private Task<IResult> ReadersPageAsync(HttpRequest request, string? message) => PageAsync<ReadersPage>(request, new()
    {
        ["Readers"] = _terminal.Readers, ["Saved"] = _terminal.SavedSettings, ["Message"] = message,
    });

    private async Task<IResult> AddReaderAsync(HttpRequest request) => await FormAsync(request, async form =>
    {
        string address = form["address"].ToString().Trim();
        string code = form["code"].ToString().Trim();
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.PathAndQuery != "/")
            return await AddReaderPageAsync(request, address, "アドレスは https://ホスト:ポート/ の形で入力してください。", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        try
        {
            var reader = await _terminal.PairAsync(uri, code, request.HttpContext.RequestAborted).ConfigureAwait(false);
            return await ReadersPageAsync(request, $"{reader.ReaderId} (シリアル番号 {reader.Serial}) とペアリングしました。").ConfigureAwait(false);
        }
        catch (Terminal.Links.PairingException e)
        {
            return await AddReaderPageAsync(request, address, $"{e.Code}: {StaffText.Pairing(e.Code)}", StatusCodes.Status409Conflict).ConfigureAwait(false);
        }
    }).ConfigureAwait(false);

    private Task<IResult> AddReaderPageAsync(HttpRequest request, string address, string message, int status) =>
        PageAsync<AddReaderPage>(request, new() { ["Address"] = address, ["Message"] = message }, status);

    private async Task<IResult> UnpairAsync(HttpRequest request, string id) => await FormAsync(request, async _ =>
    {
        var (known, readerForgot) = await _terminal.UnpairAsync(id, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (!known) return Results.NotFound();
        return await ReadersPageAsync(request, readerForgot
            ? $"{id} のペアリングを解除しました。リーダーは新しいコードを表示しています。"
            : $"{id} をこの端末から削除しました。リーダーに届かなかったため、リーダー側でもペアリングを解除してください。").ConfigureAwait(false);
    }).ConfigureAwait(false);

    private async Task<IResult> SaveSettingsAsync(HttpRequest request) => await FormAsync(request, async form =>
    {
        var current = _terminal.SavedSettings ?? CurrentReaderSettings();
        var (settings, problems) = SettingsForm.Parse(form, current);
        if (problems.Count == 0)
            problems = await _terminal.SaveSettingsAsync(settings, request.HttpContext.User.Identity?.Name, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return problems.Count == 0
            ? await SettingsPageAsync(request, settings, [], saved: true).ConfigureAwait(false)
            : await SettingsPageAsync(request, settings, problems, saved: false, StatusCodes.Status400BadRequest).ConfigureAwait(false);
    }).ConfigureAwait(false);

    private Task<IResult> SettingsPageAsync(HttpRequest request, Link.Messages.ReaderSettings settings, IReadOnlyList<string> problems, bool saved,
        int status = StatusCodes.Status200OK) =>
        PageAsync<SettingsPage>(request, new() { ["Settings"] = settings, ["Problems"] = problems, ["Saved"] = saved }, status);

    /// <summary>Before the console saved settings, the form starts from what the first reader reports.</summary>
    private Link.Messages.ReaderSettings CurrentReaderSettings() =>
        _terminal.Readers.Select(r => r.Status?.Settings).FirstOrDefault(s => s is not null) ?? new Link.Messages.ReaderSettings();

    private async Task<IResult> LogAsync(HttpRequest request)
    {
        var (query, problem) = LogFilter.Parse(request.Query);
        var entries = await _terminal.Log.ReadAsync(query, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return await PageAsync<LogPage>(request, new()
        {
            ["Query"] = query, ["Entries"] = entries, ["Problem"] = problem,
            ["ReaderIds"] = _terminal.Readers.Select(r => r.Reader.ReaderId).ToList(),
        }, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest).ConfigureAwait(false);
    }

    /// <summary>The filtered log as a CSV download (the page's filters, up to <see cref="LogCsv.MaxRows"/> lines).</summary>
    private async Task<IResult> LogCsvAsync(HttpRequest request)
    {
        var (query, problem) = LogFilter.Parse(request.Query);
        if (problem is not null) return Results.Content(problem, "text/plain; charset=utf-8", null, StatusCodes.Status400BadRequest);
        var entries = await _terminal.Log.ReadAsync(query with { Limit = LogCsv.MaxRows }, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return Results.File(LogCsv.Render(entries), LogCsv.ContentType, LogCsv.FileName(DateTimeOffset.UtcNow));
    }

    /// <summary>A form post: refused unless it comes from the console's own page with its antiforgery token.</summary>
    private static async Task<IResult> FormAsync(HttpRequest request, Func<IFormCollection, Task<IResult>> handle)
    {
        if (!SameOrigin.IsSameOrigin(request)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var antiforgery = request.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!request.HasFormContentType || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        return await handle(await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task<IResult> PageAsync<TPage>(HttpRequest request, Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        parameters["Token"] = Token(request);
        string html = await _html.DocumentAsync<ConsoleDocument>(new Dictionary<string, object?>
        {
            ["Page"] = typeof(TPage),
            ["PageParameters"] = parameters,
            ["Banner"] = new ConsoleBanner(_terminal.NationalService.Current),
        }).ConfigureAwait(false);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static IResult Html(string fragment) => Results.Content(fragment, "text/html; charset=utf-8");

    private static FormToken Token(HttpRequest request)
    {
        var tokens = request.HttpContext.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(request.HttpContext);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken!);
    }

    private Terminal.Links.ReaderOverview? Reader(string id) => _terminal.Readers.FirstOrDefault(r => r.Reader.ReaderId == id);

    private async IAsyncEnumerable<SseItem<string>> Notices([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // an open page's stream ends when the server stops, so the browser on the unit does not hold the stop
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _app.Lifetime.ApplicationStopping);
        await foreach (long version in _feed.SubscribeAsync(stop.Token).ConfigureAwait(false))
            yield return new SseItem<string>(version.ToString(System.Globalization.CultureInfo.InvariantCulture), "change");
    }

    private void OnReaderStatusChanged(Terminal.Links.PairedReader reader, Link.Messages.ReaderStatus? status) => _feed.Changed();

    private void OnNationalServiceChanged(Link.Messages.NationalServiceNotice notice) => _feed.Changed();

    public async ValueTask DisposeAsync()
    {
        _terminal.ReaderStatusChanged -= OnReaderStatusChanged;
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await _html.DisposeAsync().ConfigureAwait(false);
        Accounts.Dispose();
        Throttle.Dispose();
    }
}
