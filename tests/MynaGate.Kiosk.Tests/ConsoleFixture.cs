using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MynaGate.Certificates;
using MynaGate.Chain;
using MynaGate.Onshi.Contract;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// The kiosk with the terminal's console: one consent screen, 目視確認 offered, paper mode with the 子ども医療費受給者証,
/// the card face read from placement (the face path as shipped), and a staff account.
/// </summary>
public sealed partial class ConsoleFixture : ChainBrowserFixture
{
    public const string StaffName = "staff";
    public const string StaffPassword = "counter-desk-2026";

    public Uri Console => Chain.Console.Address;

    protected override ChainOptions Options(string stateDirectory) => new()
    {
        StateDirectory = stateDirectory,
        Readers = 1,
        Kiosk = new KioskOptions { DebugMode = true, Voice = false },
        Flow = new FlowOptions
        {
            LivePreview = true,
            Consents = [ConsentItem.PharmacyInformation],
            PrescriptionChoice = false,
            VisualCheckEnabled = true,
            PaperMode = true,
            PaperForms = [CertificateForm.ChildMedical],
            // longer than any step of a test on a loaded CI machine: a patient's inactivity must never end a test's session
            InputTimeout = TimeSpan.FromSeconds(120),
        },
        // R43's walk calls the service down within seconds of its fault: two failed probes, 5 s apart
        NationalServiceOutageAfterFailures = 2,
        NationalServiceProbe = TimeSpan.FromSeconds(5),
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Chain.Console.Accounts.SetPasswordAsync(StaffName, StaffPassword);
    }

    /// <summary>The console signed in as the staff, in a browser context of its own (its own cookies), at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenConsoleAsync(string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Console, "/login").ToString());
        await page.GetByLabel("ユーザー名").FillAsync(StaffName);
        await page.GetByLabel("パスワード").FillAsync(StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        // the dashboard's heading, rather than the load event after the redirect, which Playwright once missed
        await page.Locator("h1", new() { HasTextString = "ダッシュボード" }).WaitForAsync(new() { Timeout = Screens.Step });
        await page.GotoAsync(new Uri(Console, path).ToString());
        return page;
    }

    /// <summary>A client of the console with a cookie jar and no automatic redirects (the tests look at them).</summary>
    public HttpClient ConsoleClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Console };

    /// <summary>Posts the sign-in form as a browser would (with the page's antiforgery token).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.PostAsync("/login", new FormUrlEncodedContent(await FormFieldsAsync(client, "/login", ("name", name), ("password", password))));
    }

    /// <summary>The antiforgery field of the form at <paramref name="page"/>, with <paramref name="fields"/>.</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string page, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        string html = await client.GetStringAsync(page);
        var token = TokenField().Match(html);
        Assert.True(token.Success, "the page has no antiforgery field");
        var form = new Dictionary<string, string> { [token.Groups[1].Value] = token.Groups[2].Value };
        foreach (var (name, value) in fields) form[name] = value;
        return form;
    }

    [GeneratedRegex("name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleGroup : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
