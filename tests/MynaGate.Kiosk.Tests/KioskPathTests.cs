using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using MynaGate.Chain;
using MynaGate.Reader.Flow;

namespace MynaGate.Kiosk.Tests;

/// <summary>A person at the kiosk in Chromium: the PIN path to the XML, a wrong PIN, the language switch, cancel.</summary>
[Collection(KioskGroup.Name)]
public sealed class KioskPathTests(KioskFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ClearSlotAsync();

    // the card a test placed leaves the slot even when the test failed
    public Task DisposeAsync() => fixture.ClearSlotAsync();

    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    private ChainReader Reader => fixture.Reader;

    private static string Photo => Path.Combine(Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } s ? s : "../shared",
        "datasets", "deepface-unit", "img1.jpg");

    [Fact]
    public async Task The_pin_path_walks_the_breadcrumb_to_completion_and_the_result_xml()
    {
        var page = await fixture.OpenKioskAsync();
        await Screens.ReachAsync(page, "1-1", "idle");
        var card = await InsertAsync(501);

        await Screens.ReachAsync(page, "2-1", "method");
        Assert.Equal("本人認証", await page.Locator(".breadcrumb li.current").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();

        var pin = await Screens.ReachAsync(page, "4-1", "pin");
        Assert.Equal("残り 3 回", await pin.Locator(".tries").InnerTextAsync());
        Assert.Equal(Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), (await Screens.PadAsync(page)).Order());
        await Screens.EnterPinAsync(page, card.Image.Persona.Pin);

        var outcome = Reader.NextOutcomeAsync(Session);
        foreach (string consent in new[] { "6-1", "6-2" })
        {
            await Screens.ReachAsync(page, consent, "consent");
            Assert.Equal("同意確認", await page.Locator(".breadcrumb li.current").InnerTextAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true }).ClickAsync();
        }
        await Screens.ReachAsync(page, "8-1", "completed");
        Assert.Equal("確認が完了しました", await Screens.TitleAsync(page));
        Assert.Equal("確認完了", await page.Locator(".breadcrumb li.current").InnerTextAsync());

        var result = await outcome;
        Assert.Null(result.ErrorCode);
        string xml = await File.ReadAllTextAsync(Path.Combine(fixture.Chain.FaceFolder, result.ResultFile!));
        Assert.Contains("<PharmacistsInfoConsFlg>1</PharmacistsInfoConsFlg>", xml, StringComparison.Ordinal);
        Assert.Contains("<DiagnosisInfoConsFlg>1</DiagnosisInfoConsFlg>", xml, StringComparison.Ordinal);
        Assert.Contains(await fixture.Chain.Terminal.Log.ReadAsync(), e => e.Event == Terminal.Logging.TerminalEvent.ResultWritten && e.ReaderId == "R01");
        await RemoveAsync(page);
    }

    [Fact]
    public async Task A_wrong_pin_shows_the_tries_left_and_a_new_shuffled_pad()
    {
        var page = await fixture.OpenKioskAsync();
        var card = await InsertAsync(502, fresh: true);
        await Screens.ReachAsync(page, "2-1", "method");
        await page.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();
        await Screens.ReachAsync(page, "4-1", "pin");
        var firstPad = await Screens.PadAsync(page);

        string wrong = card.Image.Persona.Pin == "0000" ? "1111" : "0000";
        await Screens.EnterPinAsync(page, wrong);
        await page.Locator(".tries", new() { HasTextString = "残り 2 回" }).WaitForAsync(new() { Timeout = Screens.Step });
        await Screens.ReachAsync(page, "4-1", "pin-wrong");
        Assert.Equal("暗証番号が違います。", await page.Locator(".warning").First.InnerTextAsync());
        var secondPad = await Screens.PadAsync(page);
        Assert.NotEqual(firstPad, secondPad);

        var outcome = Reader.NextOutcomeAsync(Session);
        await page.GetByRole(AriaRole.Button, new() { Name = "中止", Exact = true }).ClickAsync();
        Assert.Equal(FlowErrors.Cancelled, (await outcome).ErrorCode);
        var error = await Screens.ReachAsync(page, "9-1", "cancelled");
        Assert.Equal("E102", await error.Locator(".error-code").InnerTextAsync());
        Assert.Equal("MG-R01-0001", await error.Locator(".serial").InnerTextAsync());
        await RemoveAsync(page);
    }

    [Fact]
    public async Task A_terminal_code_shows_the_catalogue_s_screen_text_in_the_patient_s_language_never_the_terminal_s_message()
    {
        var page = await fixture.OpenKioskAsync();
        var card = await InsertAsync(506);
        await fixture.Chain.StopOnshiAsync();
        try
        {
            await Screens.ReachAsync(page, "2-1", "method");
            await page.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();
            await Screens.ReachAsync(page, "4-1", "pin");
            var outcome = Reader.NextOutcomeAsync(Session);
            await Screens.EnterPinAsync(page, card.Image.Persona.Pin);
            Assert.Equal(Link.Messages.LinkErrorCodes.NationalServiceUnavailable, (await outcome).ErrorCode);

            var error = await Screens.ReachAsync(page, "9-1", "national-service-down");
            Assert.Equal("T101", await error.Locator(".error-code").InnerTextAsync());
            // the terminal's English sentence is for staff; the patient reads the catalogue's text for T1xx
            Assert.Equal(new Reader.Kiosk.KioskText("ja")["Error_Terminal"], await page.Locator(".message").InnerTextAsync());
        }
        finally
        {
            await fixture.Chain.StartOnshiAsync();
        }
        await RemoveAsync(page);
    }

    [Fact]
    public async Task The_patient_switches_language_on_the_first_screen_and_the_next_patient_starts_in_japanese()
    {
        var page = await fixture.OpenKioskAsync();
        await Screens.ReachAsync(page, "1-1", "idle");
        await page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();
        await page.Locator("section.screen[data-lang='en']").WaitForAsync(new() { Timeout = Screens.Step });
        Assert.Equal("Please place your My Number Card", await Screens.TitleAsync(page));
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await InsertAsync(503);
        await Screens.ReachAsync(page, "2-1", "method-en");
        Assert.Equal("Choose how to confirm it is you", await Screens.TitleAsync(page));
        var outcome = Reader.NextOutcomeAsync(Session);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        Assert.Equal(FlowErrors.Cancelled, (await outcome).ErrorCode);
        await Screens.ReachAsync(page, "9-1", "cancelled-en");
        Assert.Equal("Cancelled.", await page.Locator(".message").InnerTextAsync());

        await RemoveAsync(page);
        Assert.Equal("マイナンバーカードを置いてください", await Screens.TitleAsync(page));
    }

    [Fact]
    public async Task The_portrait_panel_shows_every_screen_without_scrolling_and_with_large_targets()
    {
        var page = await fixture.OpenKioskAsync(800, 1280);
        await Screens.ReachAsync(page, "1-1", "portrait-idle");
        await Screens.AssertFitsAsync(page);
        await InsertAsync(504);
        await Screens.ReachAsync(page, "2-1", "portrait-method");
        await Screens.AssertFitsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();
        await Screens.ReachAsync(page, "4-1", "portrait-pin");
        await Screens.AssertFitsAsync(page);

        var outcome = Reader.NextOutcomeAsync(Session);
        await page.GetByRole(AriaRole.Button, new() { Name = "中止", Exact = true }).ClickAsync();
        Assert.Equal(FlowErrors.Cancelled, (await outcome).ErrorCode);
        await Screens.ReachAsync(page, "9-1", "portrait-cancelled");
        await Screens.AssertFitsAsync(page);
        await RemoveAsync(page);
    }

    [Fact]
    public async Task The_capture_screen_shows_the_live_camera_only_while_the_patient_faces_it()
    {
        using var http = new HttpClient { BaseAddress = Reader.Kiosk.Address };
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("/preview.jpg")).StatusCode);
        var page = await fixture.OpenKioskAsync();
        var card = await fixture.Chain.CardAsync(505, Photo, fresh: true);
        // a camera that sees no face keeps the capture screen up for the length of its frames
        await Reader.InsertAsync(card, 505, [.. Enumerable.Repeat(EmptyRoom(), 300)]);
        await Screens.ReachAsync(page, "2-1", "method");
        await page.GetByRole(AriaRole.Button, new() { Name = "顔認証", Exact = true }).ClickAsync();

        await page.Locator("section.screen[data-screen-id='3-2'] img.live:not(.waiting)").WaitForAsync(new() { Timeout = Screens.Step });
        await Screens.ReachAsync(page, "3-2", "face-capture-live");
        // a guidance change redraws the screen with a fresh img that loads its first frame a moment later: read the
        // width of one that has loaded
        var loaded = await page.WaitForFunctionAsync(
            "() => { const image = document.querySelector('img.live'); return image && image.complete && image.naturalWidth > 0 ? image.naturalWidth : 0; }",
            null, new() { Timeout = Screens.Step });
        Assert.Equal(MynaGate.Reader.Flow.LivePreview.Width, await loaded.JsonValueAsync<int>());
        using var frame = await http.GetAsync("/preview.jpg");
        Assert.Equal("image/jpeg", frame.Content.Headers.ContentType!.MediaType);

        var outcome = Reader.NextOutcomeAsync(Session);
        await page.GetByRole(AriaRole.Button, new() { Name = "中止", Exact = true }).ClickAsync();
        Assert.Equal(FlowErrors.Cancelled, (await outcome).ErrorCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("/preview.jpg")).StatusCode);
        Assert.Null(Reader.Flow.Preview.Copy());
        await RemoveAsync(page);
    }

    /// <summary>A grey 640×480 frame: a camera looking at an empty room.</summary>
    private static byte[] EmptyRoom()
    {
        using var image = MynaGate.Vision.Imaging.VisionImage.FromPixels(Enumerable.Repeat((byte)128, 640 * 480 * 3).ToArray(), 640, 480, 3);
        return image.Encode(MynaGate.Vision.Imaging.ImageFormat.Jpeg);
    }

    [Fact]
    public async Task Taps_posted_from_another_site_or_without_their_screen_are_refused()
    {
        var kiosk = Reader.Kiosk.Address;
        string own = kiosk.GetLeftPart(UriPartial.Authority);
        using var http = new HttpClient { BaseAddress = kiosk };
        var tap = new { kind = "cancel", screen = Reader.Flow.Screen.Version };

        using var crossSite = Post(tap, ("Sec-Fetch-Site", "cross-site"), ("Origin", own));
        using var foreignOrigin = Post(tap, ("Origin", "http://evil.example"));
        using var noOrigin = Post(tap);
        // DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1 is same-origin with itself
        using var rebound = Post(tap, ("Host", $"evil.example:{kiosk.Port}"), ("Origin", $"http://evil.example:{kiosk.Port}"));
        using var unknown = Post(new { kind = "format-disk", screen = 1 }, ("Origin", own));
        using var noScreen = Post(new { kind = "cancel" }, ("Origin", own));
        using var padKeyWithoutLayout = Post(new { kind = "key", value = "3", screen = 1 }, ("Origin", own));
        using var huge = Post(new { kind = "cancel", value = new string('x', 4096), screen = 1 }, ("Origin", own));

        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(crossSite)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(foreignOrigin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(noOrigin)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(rebound)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(unknown)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(noScreen)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(padKeyWithoutLayout)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.SendAsync(huge)).StatusCode);
        Assert.Equal(FlowState.Idle, Reader.Flow.Screen.State);
    }

    [Fact]
    public async Task The_kiosk_page_is_not_cached_framed_or_fed_foreign_scripts()
    {
        using var http = new HttpClient { BaseAddress = Reader.Kiosk.Address };
        using var page = await http.GetAsync("/");

        Assert.Equal("no-store", page.Headers.CacheControl!.ToString());
        string policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.Equal("DENY", string.Join(",", page.Headers.GetValues("X-Frame-Options")));
    }

    private static HttpRequestMessage Post(object body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/input") { Content = JsonContent.Create(body) };
        foreach (var (name, value) in headers)
        {
            if (name == "Host") request.Headers.Host = value;
            else request.Headers.Add(name, value);
        }
        return request;
    }

    private async Task<MynaGate.Card.Virtual.Engine.VirtualMyNumberCard> InsertAsync(int seed, bool fresh = true)
    {
        var card = await fixture.Chain.CardAsync(seed, Photo, fresh: fresh);
        await Reader.InsertAsync(card, seed, []);
        return card;
    }

    private async Task RemoveAsync(IPage page)
    {
        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
        await page.Locator("section.screen[data-screen-id='1-1'][data-lang='ja']").WaitForAsync(new() { Timeout = Screens.Step });
    }
}
