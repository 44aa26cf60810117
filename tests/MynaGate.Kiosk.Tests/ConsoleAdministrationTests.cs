using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using MynaGate.Terminal.Logging;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// An admin manages reception-API keys and accounts in the console alone: a key made there works on the reader API
/// and stops working once revoked; an account disabled there cannot sign in, and one deleted is gone; the log names
/// the admin, the target and its role for each change.
/// </summary>
[Collection(ConsoleGroup.Name)]
public sealed partial class ConsoleAdministrationTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_key_made_in_the_console_opens_the_reader_api_until_revoked_and_each_step_is_logged()
    {
        using var client = fixture.ConsoleClient();
        using (await ConsoleFixture.SignInAsync(client, ConsoleFixture.StaffName, ConsoleFixture.StaffPassword)) { }

        using var made = await client.PostAsync("/reception-keys", new FormUrlEncodedContent(await ConsoleFixture.FormFieldsAsync(client, "/reception-keys", ("name", "front-desk"))));
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        string key = KeyShown().Match(await made.Content.ReadAsStringAsync()).Value;
        Assert.StartsWith("mgk_", key, StringComparison.Ordinal);
        using var api = new HttpClient { BaseAddress = fixture.Console };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using (var allowed = await api.GetAsync("/api/v1/readers")) Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("front-desk", await client.GetStringAsync("/reception-keys"), StringComparison.Ordinal);

        using var revoked = await client.PostAsync("/reception-keys/front-desk/revoke", new FormUrlEncodedContent(await ConsoleFixture.FormFieldsAsync(client, "/reception-keys")));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        using (var refused = await api.GetAsync("/api/v1/readers")) Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var log = await fixture.Chain.Terminal.Log.ReadAsync();
        Assert.Contains(log, e => e.Event == TerminalEvent.ReceptionKeyCreated && e.Account == ConsoleFixture.StaffName && e.Target == "front-desk" && e.TargetRole == "ReceptionKey");
        Assert.Contains(log, e => e.Event == TerminalEvent.ReceptionKeyRevoked && e.Account == ConsoleFixture.StaffName && e.Target == "front-desk");
    }

    [Fact]
    public async Task An_account_disabled_in_the_console_cannot_sign_in_and_one_deleted_is_gone_each_logged_with_its_role()
    {
        const string name = "temp-clerk";
        const string password = "temp-clerk-password";
        using var admin = fixture.ConsoleClient();
        using (await ConsoleFixture.SignInAsync(admin, ConsoleFixture.StaffName, ConsoleFixture.StaffPassword)) { }
        using (var set = await admin.PostAsync("/accounts", new FormUrlEncodedContent(await ConsoleFixture.FormFieldsAsync(admin, "/accounts", ("name", name), ("role", "Staff"), ("password", password)))))
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        using (var disabled = await admin.PostAsync($"/accounts/{name}/disable", new FormUrlEncodedContent(await ConsoleFixture.FormFieldsAsync(admin, "/accounts"))))
            Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        using var clerk = fixture.ConsoleClient();
        using (var refused = await ConsoleFixture.SignInAsync(clerk, name, password)) Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using (var deleted = await admin.PostAsync($"/accounts/{name}/delete", new FormUrlEncodedContent(await ConsoleFixture.FormFieldsAsync(admin, "/accounts"))))
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.DoesNotContain(fixture.Chain.Console.Accounts.List(), a => a.Name == name);

        var log = await fixture.Chain.Terminal.Log.ReadAsync();
        foreach (var change in new[] { TerminalEvent.ConsoleAccountSet, TerminalEvent.ConsoleAccountDisabled, TerminalEvent.ConsoleAccountDeleted })
            Assert.Contains(log, e => e.Event == change && e.Account == ConsoleFixture.StaffName && e.Target == name && e.TargetRole == "Staff");
    }

    [GeneratedRegex("mgk_[0-9a-f]{64}")]
    private static partial Regex KeyShown();
}
