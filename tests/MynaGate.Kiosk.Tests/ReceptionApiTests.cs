using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MynaGate.Chain;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.Kiosk.Tests;

/// <summary>The reader API of docs/reader-api.md against a live chain, through its example client and by hand.</summary>
[Collection(ConsoleGroup.Name)]
public sealed class ReceptionApiTests(ConsoleFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ClearSlotAsync();

    // the card a test placed leaves the slot even when the test failed
    public Task DisposeAsync() => fixture.ClearSlotAsync();

    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    private static string Shared => Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } s ? s : "../shared";

    private ChainReader Reader => fixture.Reader;

    [Fact]
    public async Task The_example_client_waits_for_the_next_session_and_prints_its_outcome()
    {
        string key = fixture.Chain.Console.ApiKeys.Create("test-reception");
        var client = new ProcessStartInfo("/usr/bin/python3",
            [ExampleClient, "--terminal", fixture.Console.ToString(), "--reader", "R01", "--reference", "RCPT-0042", "--timeout", "120"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["MYNAGATE_API_KEY"] = key },
        };
        using var process = Process.Start(client)!;
        string? waiting = await process.StandardOutput.ReadLineAsync().WaitAsync(Session);
        Assert.StartsWith("waiting for the patient at R01", waiting, StringComparison.Ordinal);

        await WalkVisualCheckAsync(701);

        string outcome = (await process.StandardOutput.ReadToEndAsync().WaitAsync(Session)).Trim();
        await process.WaitForExitAsync().WaitAsync(Session);
        Assert.True(process.ExitCode == 0, outcome + await process.StandardError.ReadToEndAsync());
        var fields = outcome.Split(' ').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        Assert.Equal("RCPT-0042", fields["reference"]);
        Assert.Equal("Completed", fields["state"]);
        Assert.Equal("Visual", fields["method"]);
        Assert.True(File.Exists(Path.Combine(fixture.Chain.FaceFolder, fields["resultFile"])));
    }

    [Fact]
    public async Task A_cancelled_session_is_the_failed_outcome_with_its_code()
    {
        using var api = Api(fixture.Chain.Console.ApiKeys.Create("test-reception-2"));
        using var created = await api.PostAsJsonAsync("/api/v1/readers/R01/verifications", new { reference = "RCPT-0043" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        string id = (await Json(created)).GetProperty("id").GetString()!;

        var card = await fixture.Chain.CardAsync(702, Path.Combine(Shared, "datasets", "deepface-unit", "img1.jpg"), fresh: true);
        await Reader.InsertAsync(card, 702, []);
        await Reader.WaitForAsync(FlowState.MethodChoice, Session);
        var outcome = Reader.NextOutcomeAsync(Session);
        Reader.Flow.Send(new Cancel());
        Assert.Equal(FlowErrors.Cancelled, (await outcome).ErrorCode);
        var verification = await Json(await api.GetAsync($"/api/v1/verifications/{id}?wait=30"));
        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);

        Assert.Equal("Failed", verification.GetProperty("state").GetString());
        Assert.Equal(FlowErrors.Cancelled, verification.GetProperty("errorCode").GetString());
        Assert.Equal(JsonValueKind.Null, verification.GetProperty("resultFile").ValueKind);
    }

    [Fact]
    public async Task Calls_without_a_valid_key_or_with_bad_requests_get_their_code()
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Console };
        using var noKey = await anonymous.GetAsync("/api/v1/readers");
        using var wrongKey = Api("mgk_" + new string('0', 64));
        using var refused = await wrongKey.GetAsync("/api/v1/readers");
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal("Bearer", noKey.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var api = Api(fixture.Chain.Console.ApiKeys.Create("test-reception-3"));
        var readers = await Json(await api.GetAsync("/api/v1/readers"));
        Assert.Equal("R01", readers[0].GetProperty("readerId").GetString());
        Assert.Equal("unknown-reader", await CodeAsync(await api.PostAsJsonAsync("/api/v1/readers/R09/verifications", new { reference = "A1" }), HttpStatusCode.NotFound));
        Assert.Equal("bad-reference", await CodeAsync(await api.PostAsJsonAsync("/api/v1/readers/R01/verifications", new { reference = "山田 太郎" }), HttpStatusCode.BadRequest));

        using var created = await api.PostAsJsonAsync("/api/v1/readers/R01/verifications", new { reference = "RCPT-0044" });
        string id = (await Json(created)).GetProperty("id").GetString()!;
        Assert.Equal("reader-busy", await CodeAsync(await api.PostAsJsonAsync("/api/v1/readers/R01/verifications", new { reference = "RCPT-0045" }), HttpStatusCode.Conflict));
        Assert.Equal("Waiting", (await Json(await api.GetAsync($"/api/v1/verifications/{id}?wait=0"))).GetProperty("state").GetString());
        Assert.Equal("bad-wait", await CodeAsync(await api.GetAsync($"/api/v1/verifications/{id}?wait=600"), HttpStatusCode.BadRequest));
        Assert.Equal("Cancelled", (await Json(await api.DeleteAsync($"/api/v1/verifications/{id}"))).GetProperty("state").GetString());
        Assert.Equal("already-ended", await CodeAsync(await api.DeleteAsync($"/api/v1/verifications/{id}"), HttpStatusCode.Conflict));
        Assert.Equal("unknown-verification", await CodeAsync(await api.GetAsync("/api/v1/verifications/nope"), HttpStatusCode.NotFound));
    }

    private static string ExampleClient => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/examples/reception_client.py"));

    /// <summary>A patient walks 目視確認 with the staff approving, one consent, no paper certificate.</summary>
    private async Task WalkVisualCheckAsync(int seed)
    {
        var card = await fixture.Chain.CardAsync(seed, Path.Combine(Shared, "datasets", "deepface-unit", "img1.jpg"), fresh: true);
        var outcome = Reader.NextOutcomeAsync(Session);
        await Reader.InsertAsync(card, seed, []);
        await Reader.WaitForAsync(FlowState.MethodChoice, Session);
        Reader.Flow.Send(new ChooseMethod(AuthenticationMethod.Visual));
        var check = await Reader.WaitForAsync(FlowState.VisualCheck, Session);
        // a click made on an earlier screen (the mirror not yet redrawn, the previous patient's check) decides nothing
        Assert.False(await fixture.Chain.Terminal.DecideAsync("R01", approved: true, check.Version - 1));
        Assert.Equal(FlowState.VisualCheck, Reader.Flow.Screen.State);
        Assert.True(await fixture.Chain.Terminal.DecideAsync("R01", approved: true, check.Version));
        await Reader.WaitForAsync(FlowState.Consent, Session);
        Reader.Flow.Send(new Answer(true));
        await Reader.WaitForAsync(FlowState.PaperChoice, Session);
        Reader.Flow.Send(new ChooseCertificate(null));
        Assert.Null((await outcome).ErrorCode);
        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
    }

    private HttpClient Api(string key)
    {
        var client = new HttpClient { BaseAddress = fixture.Console };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using (response) return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return (await Json(response)).GetProperty("code").GetString();
    }
}
