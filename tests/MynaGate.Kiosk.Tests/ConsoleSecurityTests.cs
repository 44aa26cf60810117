using System.Net;
using MynaGate.Admin.Accounts;
using MynaGate.Terminal.Logging;

namespace MynaGate.Kiosk.Tests;

/// <summary>The console refuses who is not signed in, forms from other sites or without their token, and locks an account after repeated wrong passwords.</summary>
[Collection(ConsoleGroup.Name)]
public sealed class ConsoleSecurityTests(ConsoleFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/readers")]
    [InlineData("/readers/table")]
    [InlineData("/readers/R01")]
    [InlineData("/readers/R01/screen")]
    [InlineData("/settings")]
    [InlineData("/log")]
    [InlineData("/log.csv")]
    public async Task A_page_without_a_session_sends_the_browser_to_sign_in(string path)
    {
        using var client = fixture.ConsoleClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_signed_in_staff_member_exports_the_filtered_log_as_csv_of_codes_and_ids()
    {
        fixture.Chain.Terminal.Log.Write(TerminalEvent.SessionFailed, "R01", "E205");
        using var client = fixture.ConsoleClient();
        using var signedIn = await ConsoleFixture.SignInAsync(client, ConsoleFixture.StaffName, ConsoleFixture.StaffPassword);

        string[] lines = [];
        var deadline = DateTime.UtcNow.AddSeconds(30);
        // the log writer is asynchronous: wait for the row, not for a fixed time
        while (lines.Length < 2 && DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync("/log.csv?code=e205&event=SessionFailed");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
            byte[] body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), body[..3]);
            lines = System.Text.Encoding.UTF8.GetString(body[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length < 2) await Task.Delay(200);
        }
        Assert.Equal("at,reader,event,code,account,target,target_role", lines[0]);
        Assert.Contains(lines, l => l.EndsWith(",R01,SessionFailed,E205,,,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains(",SessionFailed,E205,", l, StringComparison.Ordinal));

        using var wrong = await client.GetAsync("/log.csv?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task The_live_feed_without_a_session_is_refused()
    {
        using var client = fixture.ConsoleClient();
        using var response = await client.GetAsync("/events");
        // an event stream is not a page: no redirect to sign in, just the refusal
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Actions_without_a_session_change_nothing()
    {
        var before = fixture.Chain.Terminal.SavedSettings;
        using var client = fixture.ConsoleClient();
        using var settings = await client.PostAsync("/settings", new FormUrlEncodedContent(new Dictionary<string, string> { ["debugMode"] = "false" }));
        using var decision = await client.PostAsync("/readers/R01/decision", new FormUrlEncodedContent(new Dictionary<string, string> { ["approved"] = "true" }));
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        AssertUnchanged(before);
    }

    [Fact]
    public async Task A_signed_in_browser_refuses_forms_from_another_site_or_without_the_token()
    {
        var before = fixture.Chain.Terminal.SavedSettings;
        using var client = fixture.ConsoleClient();
        using var signedIn = await ConsoleFixture.SignInAsync(client, ConsoleFixture.StaffName, ConsoleFixture.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        var form = await ConsoleFixture.FormFieldsAsync(client, "/settings", ("debugMode", "false"), ("inputTimeout", "45"));

        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/settings") { Content = new FormUrlEncodedContent(form) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var foreignOrigin = new HttpRequestMessage(HttpMethod.Post, "/settings") { Content = new FormUrlEncodedContent(form) };
        foreignOrigin.Headers.Add("Origin", "http://evil.example");
        var withoutToken = form.Where(f => f.Key != "__RequestVerificationToken").ToDictionary();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(crossSite)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(foreignOrigin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/settings", new FormUrlEncodedContent(withoutToken))).StatusCode);
        AssertUnchanged(before);

        using var page = await client.GetAsync("/settings");
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_from_that_address_and_read_like_a_wrong_password()
    {
        const string name = "locked-clerk";
        const string password = "right-password-1";
        await fixture.Chain.Console.Accounts.SetPasswordAsync(name, password);
        using var client = fixture.ConsoleClient();

        for (int i = 1; i < ConsoleAccounts.AttemptsBeforeLockout; i++)
        {
            using var wrong = await ConsoleFixture.SignInAsync(client, name, "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("ユーザー名かパスワードが違います。", await TextAsync(wrong), StringComparison.Ordinal);
        }
        using var fifth = await ConsoleFixture.SignInAsync(client, name, "wrong-password-5");
        using var right = await ConsoleFixture.SignInAsync(client, name, password);
        using var unknown = await ConsoleFixture.SignInAsync(client, "nobody", password);

        Assert.Equal(HttpStatusCode.Unauthorized, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        // a guesser learns nothing from the answer: the lockout reads like a wrong password
        Assert.Contains("ユーザー名かパスワードが違います。", await TextAsync(right), StringComparison.Ordinal);
        Assert.DoesNotContain("ロック", await TextAsync(right), StringComparison.Ordinal);
        Assert.Contains("ユーザー名かパスワードが違います。", await TextAsync(unknown), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        var log = await fixture.Chain.Terminal.Log.ReadAsync(new TerminalLogQuery { Event = TerminalEvent.ConsoleLockedOut });
        Assert.True(log.Count >= 2);
    }

    [Fact]
    public async Task A_session_cookie_is_worthless_after_sign_out_and_after_a_password_change()
    {
        const string name = "shift-clerk";
        await fixture.Chain.Console.Accounts.SetPasswordAsync(name, "clerk-password-1", ConsoleRole.Staff);

        var (client, cookies) = Client();
        using (client)
        {
            using (await ConsoleFixture.SignInAsync(client, name, "clerk-password-1")) { }
            string copied = cookies.GetCookieHeader(fixture.Console);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            var signOut = await ConsoleFixture.FormFieldsAsync(client, "/");
            using (await client.PostAsync("/logout", new FormUrlEncodedContent(signOut))) { }
            Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(copied)).StatusCode);
        }

        var (again, againCookies) = Client();
        using (again)
        {
            using (await ConsoleFixture.SignInAsync(again, name, "clerk-password-1")) { }
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);
            string copied = againCookies.GetCookieHeader(fixture.Console);
            await fixture.Chain.Console.Accounts.SetPasswordAsync(name, "clerk-password-2");
            Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(copied)).StatusCode);
        }
    }

    [Fact]
    public async Task A_staff_account_decides_but_cannot_change_settings_or_pair_readers()
    {
        const string name = "front-desk";
        const string password = "front-desk-password";
        var (admin, _) = Client();
        using (admin)
        {
            using (await ConsoleFixture.SignInAsync(admin, ConsoleFixture.StaffName, ConsoleFixture.StaffPassword)) { }
            var account = await ConsoleFixture.FormFieldsAsync(admin, "/accounts", ("name", name), ("role", "Staff"), ("password", password));
            using var made = await admin.PostAsync("/accounts", new FormUrlEncodedContent(account));
            Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        }
        Assert.Equal(ConsoleRole.Staff, fixture.Chain.Console.Accounts.RoleOf(name));
        Assert.Contains(await fixture.Chain.Terminal.Log.ReadAsync(new TerminalLogQuery { Event = TerminalEvent.ConsoleAccountSet }),
            e => e.Account == ConsoleFixture.StaffName);
        var before = fixture.Chain.Terminal.SavedSettings;
        var (client, _) = Client();
        using (client)
        {
            using (await ConsoleFixture.SignInAsync(client, name, password)) { }
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readers/R01")).StatusCode);
            using var accounts = await client.GetAsync("/accounts");
            Assert.Equal("/denied", accounts.Headers.Location!.AbsolutePath);
            var form = await ConsoleFixture.FormFieldsAsync(client, "/settings", ("debugMode", "false"), ("inputTimeout", "45"));
            // the console refuses on the declared length before the body is sent; without the go-ahead the client
            // would still be writing when the refused connection closes, and read a broken pipe instead of the 413
            using var oversized = new HttpRequestMessage(HttpMethod.Post, "/settings") { Content = new FormUrlEncodedContent(form) };
            oversized.Headers.ExpectContinue = true;
            using var save = await client.SendAsync(oversized);
            using var add = await client.GetAsync("/readers/add");
            Assert.Equal("/denied", save.Headers.Location!.AbsolutePath);
            Assert.Equal("/denied", add.Headers.Location!.AbsolutePath);
        }
        using var installer = new HttpClient { BaseAddress = fixture.Console };
        installer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{name}:{password}")));
        using var pairing = await installer.PostAsync(Admin.Installation.InstallerApi.Prefix + "/pairings",
            System.Net.Http.Json.JsonContent.Create(new { address = "https://127.0.0.1:1/", code = "123456" }));
        Assert.Equal(HttpStatusCode.Forbidden, pairing.StatusCode);
        AssertUnchanged(before);
    }

    [Fact]
    public async Task A_form_larger_than_any_real_one_is_refused_unread_and_changes_nothing()
    {
        var before = fixture.Chain.Terminal.SavedSettings;
        var (client, _) = Client();
        using (client)
        {
            using (await ConsoleFixture.SignInAsync(client, ConsoleFixture.StaffName, ConsoleFixture.StaffPassword)) { }
            var form = await ConsoleFixture.FormFieldsAsync(client, "/settings", ("debugMode", "false"), ("padding", new string('x', 100 * 1024)));
            // the console refuses on the declared length before the body is sent; without the go-ahead the client
            // would still be writing when the refused connection closes, and read a broken pipe instead of the 413
            using var oversized = new HttpRequestMessage(HttpMethod.Post, "/settings") { Content = new FormUrlEncodedContent(form) };
            oversized.Headers.ExpectContinue = true;
            using var save = await client.SendAsync(oversized);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, save.StatusCode);
            // the console goes on serving the same session
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/settings")).StatusCode);
        }
        AssertUnchanged(before);
    }

    private (HttpClient Client, CookieContainer Cookies) Client()
    {
        var cookies = new CookieContainer();
        // a request that asks for the go-ahead (Expect: 100-continue) waits for it as long as the test allows
        var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        return (new HttpClient(handler) { BaseAddress = fixture.Console }, cookies);
    }

    // a browser elsewhere presenting a copied cookie
    private async Task<HttpResponseMessage> WithCookieAsync(string cookieHeader)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = fixture.Console };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookieHeader);
        return await client.SendAsync(request);
    }

    private void AssertUnchanged(Link.Messages.ReaderSettings? before)
    {
        var now = fixture.Chain.Terminal.SavedSettings;
        Assert.True(before is null ? now is null : now is not null && before.SameAs(now), "the saved settings changed");
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
