using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Tests;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// The demo as <c>./mynagate demo</c> starts it (the developer tool's own process, on a free block of ports and a state
/// folder of its own), walked in Chromium the way the README tells a new user to: every path it lists, through the
/// control page, the kiosks and the staff mirror, and not one HTTP error on any of them.
/// </summary>
public sealed partial class DemoWalkTests : IAsyncLifetime
{
    private static readonly TimeSpan Start = TimeSpan.FromMinutes(3);
    private readonly string _state = TempFolders.LettersOnly("mynagate-demowalk-");
    private readonly List<string> _httpErrors = [];
    private VpcdLock? _slots;
    private ServiceProcess? _demo;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _control = null!;
    private Dictionary<string, string> _printed = null!;

    public async Task InitializeAsync()
    {
        string root = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";
        _slots = await VpcdLock.AcquireAsync(root, TimeSpan.FromMinutes(20));
        int portBase = TestPorts.Block(DemoSite.PortOffsets);
        _demo = ServiceProcess.Start("mynagate-dev", "demo", "--port-base", portBase.ToString(System.Globalization.CultureInfo.InvariantCulture), "--state", _state);
        _printed = await PrintedAsync(_demo);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        _control = await OpenAsync(_printed["demo control"]);
    }

    [Fact]
    public async Task Every_path_the_readme_lists_for_the_demo_can_be_walked_without_an_http_error()
    {
        var r01 = await OpenAsync(_printed["kiosk R01"]);
        var r02 = await OpenAsync(_printed["kiosk R02"]);

        // face (holder), ending in 公費 paper mode with a certificate laid on the card camera
        await PlaceAsync("R01", "holder");
        await ChooseAsync(r01, "2-1", "顔認証");
        await FinishAsync(r01, "R01", after: "2-1", paper: "子ども医療費受給者証");
        Assert.NotEmpty(Directory.GetFiles(_printed["Face folder"], "*.xml"));
        await TakeAwayAsync(r01, "R01");

        // face refused (impostor), then the mask prompt (masked holder); each patient cancels
        await PlaceAsync("R01", "impostor");
        await ChooseAsync(r01, "2-1", "顔認証");
        await ReachAsync(r01, "3-4");
        await CancelAsync(r01, "R01");
        await PlaceAsync("R01", "masked");
        await ChooseAsync(r01, "2-1", "顔認証");
        await ReachAsync(r01, "3-3");
        await CancelAsync(r01, "R01");

        // 目視確認, approved by the staff on the mirror the demo printed
        await PlaceAsync("R01", "holder");
        await ChooseAsync(r01, "2-1", "職員による目視確認");
        await ReachAsync(r01, "5-1");
        var mirror = await OpenConsoleAsync(_printed["mirror R01"]);
        await mirror.GetByRole(AriaRole.Button, new() { Name = "本人と確認した", Exact = true }).ClickAsync();
        await FinishAsync(r01, "R01", after: "5-1");
        await TakeAwayAsync(r01, "R01");

        // a wrong PIN, then the PIN the control page shows
        await PlaceAsync("R01", "holder", fresh: true);
        await ChooseAsync(r01, "2-1", "暗証番号");
        await ReachAsync(r01, "4-1");
        string pin = await PinAsync("R01");
        await Screens.EnterPinAsync(r01, pin == "0000" ? "1111" : "0000");
        await r01.Locator(".tries", new() { HasTextString = "残り 2 回" }).WaitForAsync(new() { Timeout = Screens.Step });
        await Screens.EnterPinAsync(r01, pin);
        await FinishAsync(r01, "R01", after: "4-1");
        await TakeAwayAsync(r01, "R01");

        // a patient whose 受給者証 are on PMH (R39): asked whether to use them, and the certificates reach the Face folder
        await PlaceAsync("R01", "subsidised", fresh: true);
        await ChooseAsync(r01, "2-1", "暗証番号");
        await ReachAsync(r01, "4-1");
        await Screens.EnterPinAsync(r01, await PinAsync("R01"));
        await FinishAsync(r01, "R01", after: "4-1");
        Assert.Contains(Directory.GetFiles(_printed["Face folder"], "*.xml").Select(File.ReadAllText),
            xml => xml.Contains("<MedicalSubsidyUseSelect>1</MedicalSubsidyUseSelect>", StringComparison.Ordinal) && xml.Contains("<MedicalSubsidyInfo>", StringComparison.Ordinal));
        await TakeAwayAsync(r01, "R01");

        // the card taken away in the middle of a session: the kiosk is ready again and the console's log has E101
        await PlaceAsync("R01", "holder");
        await ReachAsync(r01, "2-1");
        await TakeAwayAsync(r01, "R01");
        await LogShowsAsync(mirror, "E101");

        // the smartphones' reader of R02: an Android phone with its own PIN, then an iPhone confirmed on the phone
        await ChooseAsync(r02, "1-1", "スマートフォンで受付");
        await ReachAsync(r02, "2-2");
        await PlaceAsync("R02", "holder", kind: "Android");
        await ReachAsync(r02, "4-1");
        await Screens.EnterPinAsync(r02, await PinAsync("R02"));
        await FinishAsync(r02, "R02", after: "4-1");
        await TakeAwayAsync(r02, "R02");
        await ChooseAsync(r02, "1-1", "スマートフォンで受付");
        await ReachAsync(r02, "2-2");
        await PlaceAsync("R02", "holder", kind: "IPhone");
        await FinishAsync(r02, "R02", after: "2-2");
        await TakeAwayAsync(r02, "R02");

        Assert.True(_httpErrors.Count == 0, "HTTP errors: " + string.Join("; ", _httpErrors));
    }

    /// <summary>Reloads the console's log filtered by <paramref name="code"/> until a failed session with it is listed.</summary>
    private static async Task LogShowsAsync(IPage console, string code)
    {
        var log = new Uri(new Uri(console.Url), $"/log?code={code}").ToString();
        string seen = "";
        for (int attempt = 0; attempt < 40; attempt++)
        {
            await console.GotoAsync(log);
            var rows = console.Locator("table.log tbody");
            if (await rows.CountAsync() > 0 && (seen = await rows.First.InnerTextAsync()).Contains("SessionFailed", StringComparison.Ordinal)) return;
            await Task.Delay(250);
        }
        Assert.Fail($"the console's log never listed a session failed with {code}; it showed \"{seen}\"");
    }

    private static string Row(string reader) => $"tr:has(td:text-is('{reader}'))";

    private async Task PlaceAsync(string reader, string patient, bool fresh = false, string kind = "Card")
    {
        var form = _control.Locator(Row(reader) + " form[action='/insert']");
        await form.Locator("select[name='patient']").SelectOptionAsync(patient);
        await form.Locator("select[name='kind']").SelectOptionAsync(kind);
        if (fresh) await form.Locator("input[name='fresh']").CheckAsync();
        await form.Locator("button").ClickAsync();
        await _control.Locator(Row(reader) + " form[action='/remove']").WaitForAsync(new() { Timeout = Screens.Step });
    }

    private async Task<string> PinAsync(string reader) => (await _control.Locator(Row(reader) + " .secret").InnerTextAsync()).Trim();

    private async Task TakeAwayAsync(IPage kiosk, string reader)
    {
        await _control.Locator(Row(reader) + " form[action='/remove'] button").ClickAsync();
        await ReachAsync(kiosk, "1-1");
    }

    private async Task CancelAsync(IPage kiosk, string reader)
    {
        await kiosk.Locator("button[data-kind='cancel']").ClickAsync();
        Assert.Equal("E102", await (await ReachAsync(kiosk, "9-1")).Locator(".error-code").InnerTextAsync());
        await TakeAwayAsync(kiosk, reader);
    }

    private static async Task ChooseAsync(IPage kiosk, string screen, string button)
    {
        await ReachAsync(kiosk, screen);
        await kiosk.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// From the proof to 確認完了, once the kiosk has left <paramref name="after"/> (the screen last acted on): agrees to
    /// each consent screen the demo's set shows, takes the paper prescription if asked, uses the 受給者証 on PMH if asked, and at paper mode's question
    /// names <paramref name="paper"/> (laying it on the card camera) or none.
    /// </summary>
    private async Task FinishAsync(IPage kiosk, string reader, string after, string? paper = null)
    {
        string last = after;
        for (int step = 0; step < 16; step++)
        {
            string screen = await NextScreenAsync(kiosk, last);
            last = screen;
            switch (screen)
            {
                case "8-1":
                    return;
                case "1-2" or "3-1" or "3-2" or "4-3" or "6-0" or "8-0":
                    break; // the reader is at work; the next screen follows by itself
                case "6-P":
                    await kiosk.GetByRole(AriaRole.Button, new() { Name = "紙の処方箋", Exact = true }).ClickAsync();
                    break;
                case var consent when consent.StartsWith("6-", StringComparison.Ordinal):
                    await kiosk.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true }).ClickAsync();
                    break;
                case "7-0":
                    await kiosk.GetByRole(AriaRole.Button, new() { Name = "利用する", Exact = true }).ClickAsync();
                    break;
                case "7-1":
                    await kiosk.GetByRole(AriaRole.Button, new() { Name = paper ?? "持っていない", Exact = true }).ClickAsync();
                    break;
                case "7-2":
                    var form = _control.Locator(Row(reader) + " form[action='/certificate']");
                    await form.Locator("select").SelectOptionAsync("ChildMedical");
                    await form.Locator("button").ClickAsync();
                    break;
                case "7-3":
                    await kiosk.GetByRole(AriaRole.Button, new() { Name = "この内容で送る", Exact = true }).ClickAsync();
                    break;
                default:
                    string code = await kiosk.Locator(".error-code").CountAsync() > 0 ? await kiosk.Locator(".error-code").InnerTextAsync() : "-";
                    throw new InvalidOperationException($"the kiosk shows {screen} ({code}: {await Screens.TitleAsync(kiosk)}) on the way to 確認完了");
            }
        }
        throw new InvalidOperationException("確認完了 was not reached in 16 screens");
    }

    // the screen shown once it differs from the last one acted on (a screen acted on stays until the reader draws the next)
    private static async Task<string> NextScreenAsync(IPage kiosk, string last)
    {
        var screen = kiosk.Locator($"section.screen:not([data-screen-id='{last}'])");
        await screen.WaitForAsync(new() { Timeout = Screens.Step });
        return await screen.GetAttributeAsync("data-screen-id") ?? "";
    }

    private static async Task<ILocator> ReachAsync(IPage kiosk, string screen)
    {
        var shown = kiosk.Locator($"section.screen[data-screen-id='{screen}']");
        try
        {
            await shown.WaitForAsync(new() { Timeout = Screens.Step });
        }
        catch (TimeoutException e)
        {
            // say where the kiosk stood instead, so a failure on CI can be read without a screenshot
            string other = await kiosk.Locator("section.screen").First.GetAttributeAsync("data-screen-id", new() { Timeout = 1000 }) ?? "none";
            string title = await kiosk.Locator("h1").First.InnerTextAsync(new() { Timeout = 1000 });
            throw new TimeoutException($"the kiosk did not reach {screen}; it shows {other} \"{title}\"", e);
        }
        return shown;
    }

    /// <summary>A page in a browser context of its own, every response of it checked for an HTTP error.</summary>
    private async Task<IPage> OpenAsync(string address)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        context.Response += (_, response) =>
        {
            if (response.Status >= 400) lock (_httpErrors) _httpErrors.Add($"{response.Status} {response.Request.Method} {response.Url}");
        };
        var page = await context.NewPageAsync();
        await page.GotoAsync(address);
        return page;
    }

    /// <summary>The console signed in with the user and password the demo printed, at <paramref name="address"/>.</summary>
    private async Task<IPage> OpenConsoleAsync(string address)
    {
        var page = await OpenAsync(new Uri(new Uri(address), "/login").ToString());
        await page.GetByLabel("ユーザー名").FillAsync(_printed["console user"]);
        await page.GetByLabel("パスワード").FillAsync(_printed["console password"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = "ダッシュボード" }).WaitForAsync(new() { Timeout = Screens.Step });
        await page.GotoAsync(address);
        return page;
    }

    // what the demo prints once it runs: "  kiosk R01:      http://…", "  admin console:  http://… (user admin, password …)"
    private static async Task<Dictionary<string, string>> PrintedAsync(ServiceProcess demo)
    {
        var until = DateTime.UtcNow + Start;
        while (!demo.Output.Contains("Face folder:", StringComparison.Ordinal))
        {
            if (demo.HasExited) throw new InvalidOperationException($"the demo exited with {demo.ExitCode}:\n{demo.Output}");
            if (DateTime.UtcNow > until) throw new TimeoutException($"the demo printed no URLs within {Start.TotalMinutes:0} min:\n{demo.Output}");
            await Task.Delay(200);
        }
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match line in PrintedLine().Matches(demo.Output)) printed[line.Groups["name"].Value] = line.Groups["value"].Value;
        var console = ConsoleAccount().Match(demo.Output);
        printed["console user"] = console.Groups["user"].Value;
        printed["console password"] = console.Groups["password"].Value;
        return printed;
    }

    [GeneratedRegex(@"^  (?<name>[A-Za-z][A-Za-z0-9 ]*?):\s+(?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex PrintedLine();

    [GeneratedRegex(@"\(user (?<user>\S+), password (?<password>\S+), new each run\)")]
    private static partial Regex ConsoleAccount();

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_demo is not null) await _demo.DisposeAsync();
        _slots?.Dispose();
        if (Directory.Exists(_state)) Directory.Delete(_state, recursive: true);
    }
}
