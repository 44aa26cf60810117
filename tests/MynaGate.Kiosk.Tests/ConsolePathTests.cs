using Microsoft.Playwright;
using MynaGate.Certificates;
using MynaGate.Chain;
using MynaGate.Chain.Demo;
using MynaGate.Ocr.Synthetic;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Terminal.Logging;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// The kiosk and the console side by side in Chromium: 目視確認 approved and denied from the staff mirror, settings
/// saved in the console reaching the kiosk, the face and paper paths, a card pulled mid-entry — and what the XML,
/// the log and the dashboard say afterwards.
/// </summary>
[Collection(ConsoleGroup.Name)]
public sealed class ConsolePathTests(ConsoleFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ClearSlotAsync();

    // the card a test placed leaves the slot even when the test failed
    public Task DisposeAsync() => fixture.ClearSlotAsync();

    private static readonly TimeSpan Session = TimeSpan.FromSeconds(90);

    private static string Shared => Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } s ? s : "../shared";

    private ChainReader Reader => fixture.Reader;

    [Fact]
    public async Task The_staff_approve_a_visual_check_in_the_mirror_and_the_mirror_follows_the_patient()
    {
        var kiosk = await fixture.OpenKioskAsync();
        await InsertAsync(601);
        await Screens.ReachAsync(kiosk, "2-1", "method-visual-offered");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "職員による目視確認", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "5-1", "visual-check");

        var mirror = await fixture.OpenConsoleAsync("/readers/R01");
        await mirror.Locator("dl.mirror[data-screen-id='5-1']").WaitForAsync(new() { Timeout = Screens.Step });
        Assert.Contains("目視確認待ち", await mirror.Locator(".screen-name").InnerTextAsync(), StringComparison.Ordinal);
        await Screens.AssertConsolePageAsync(mirror, "mirror-visual-check");
        var outcome = Reader.NextOutcomeAsync(Session);
        await mirror.GetByRole(AriaRole.Button, new() { Name = "本人と確認した", Exact = true }).ClickAsync();

        await Screens.ReachAsync(kiosk, "6-1", "consent-after-visual");
        await mirror.Locator("dl.mirror[data-screen-id='6-1']").WaitForAsync(new() { Timeout = Screens.Step });
        Assert.Equal(0, await mirror.GetByRole(AriaRole.Button, new() { Name = "本人と確認した" }).CountAsync());
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true }).ClickAsync();
        // the mirror redraws from the reader's status without the page being loaded again
        await mirror.Locator("dl.mirror[data-screen-id='7-1']").WaitForAsync(new() { Timeout = Screens.Step });
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "持っていない", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "8-1", "completed-after-visual");

        var result = await outcome;
        Assert.Null(result.ErrorCode);
        Assert.Equal(AuthenticationMethod.Visual, result.Method);
        Assert.True(File.Exists(Path.Combine(fixture.Chain.FaceFolder, result.ResultFile!)));
        Assert.Contains(await fixture.Chain.Terminal.Log.ReadAsync(),
            e => e.Event == TerminalEvent.StaffApproved && e.ReaderId == "R01" && e.Account == ConsoleFixture.StaffName);
        await RemoveAsync(kiosk);
    }

    [Fact]
    public async Task A_denied_visual_check_shows_E401_and_reaches_the_dashboard_and_the_log()
    {
        var kiosk = await fixture.OpenKioskAsync();
        await InsertAsync(602);
        await Screens.ReachAsync(kiosk, "2-1", "method");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "職員による目視確認", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "5-1", "visual-check");
        var mirror = await fixture.OpenConsoleAsync("/readers/R01");
        var outcome = Reader.NextOutcomeAsync(Session);
        await mirror.GetByRole(AriaRole.Button, new() { Name = "本人と確認できない", Exact = true }).ClickAsync();

        Assert.Equal(FlowErrors.VisualDenied, (await outcome).ErrorCode);
        var error = await Screens.ReachAsync(kiosk, "9-1", "visual-denied");
        Assert.Equal("E401", await error.Locator(".error-code").InnerTextAsync());

        var dashboard = await ReloadUntilAsync(mirror, "/", "tr[data-reader='R01'] .reasons", "E401");
        await Screens.AssertConsolePageAsync(dashboard, "dashboard");
        var log = await ReloadUntilAsync(mirror, "/log?code=E401", "table.log tbody", "SessionFailed");
        Assert.NotEmpty(await fixture.Chain.Terminal.Log.ReadAsync(new TerminalLogQuery { ReaderId = "R01", Event = TerminalEvent.StaffDenied }));
        Assert.Equal(["E401"], (await log.Locator("table.log td.code").AllInnerTextsAsync()).Distinct());
        await Screens.AssertConsolePageAsync(log, "log-filtered");
        await RemoveAsync(kiosk);
    }

    [Fact]
    public async Task Settings_saved_in_the_console_reach_the_kiosk()
    {
        var original = Reader.Control.Status.Settings;
        try
        {
            var console = await fixture.OpenConsoleAsync("/settings");
            await Screens.AssertConsolePageAsync(console, "settings");
            await console.Locator("#consent-DiagnosisAndOperation").SelectOptionAsync("1");
            await console.Locator("#consent-PharmacyInformation").SelectOptionAsync("2");
            await console.Locator("input[name='language'][value='en']").UncheckAsync();
            await console.Locator("#completionMessage").FillAsync("お名前をお呼びするまでお待ちください");
            await console.GetByRole(AriaRole.Button, new() { Name = "保存してカードリーダーに送る" }).ClickAsync();
            await console.Locator(".notice").WaitForAsync(new() { Timeout = Screens.Step });
            Assert.Contains(await fixture.Chain.Terminal.Log.ReadAsync(new TerminalLogQuery { Event = TerminalEvent.SettingsSaved }),
                e => e.Account == ConsoleFixture.StaffName);
            var readers = await ReloadUntilAsync(console, "/readers", "tr[data-reader='R01'] .settings", "反映済み");
            await Screens.AssertConsolePageAsync(readers, "readers");

            var kiosk = await fixture.OpenKioskAsync();
            await Screens.ReachAsync(kiosk, "1-1", "idle-without-english");
            Assert.Equal(0, await kiosk.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).CountAsync());
            var card = await InsertAsync(603);
            var outcome = Reader.NextOutcomeAsync(Session);
            await Screens.ReachAsync(kiosk, "2-1", "method");
            await kiosk.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();
            await Screens.ReachAsync(kiosk, "4-1", "pin");
            await Screens.EnterPinAsync(kiosk, card.Image.Persona.Pin);
            var first = await Screens.ReachAsync(kiosk, "6-1", "consent-diagnosis-first");
            Assert.Contains("診療・手術情報", await first.InnerTextAsync(), StringComparison.Ordinal);
            await kiosk.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true }).ClickAsync();
            var second = await Screens.ReachAsync(kiosk, "6-2", "consent-pharmacy-second");
            Assert.Contains("薬剤情報", await second.InnerTextAsync(), StringComparison.Ordinal);
            await kiosk.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true }).ClickAsync();
            await Screens.ReachAsync(kiosk, "7-1", "paper-choice");
            await kiosk.GetByRole(AriaRole.Button, new() { Name = "持っていない", Exact = true }).ClickAsync();
            await Screens.ReachAsync(kiosk, "8-1", "completed-clinic-message");
            Assert.Equal("お名前をお呼びするまでお待ちください", await kiosk.Locator(".message").InnerTextAsync());
            Assert.Null((await outcome).ErrorCode);
            await RemoveAsync(kiosk);
        }
        finally
        {
            Assert.Empty(await fixture.Chain.Terminal.SaveSettingsAsync(original));
        }
    }

    [Fact]
    public async Task The_face_path_and_a_paper_certificate_end_with_both_xml_files()
    {
        var holder = DemoPatients.Load(Shared).Single(p => p.Key == "holder");
        var card = await fixture.Chain.CardAsync(holder.Seed, holder.ChipPhoto, fresh: true);
        var kiosk = await fixture.OpenKioskAsync();
        var outcome = Reader.NextOutcomeAsync(Session);
        await Reader.InsertAsync(card, holder.Seed, holder.LoadFrames());
        await Screens.ReachAsync(kiosk, "2-1", "method-face");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "顔認証", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "6-1", "consent-after-face");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true }).ClickAsync();

        await Screens.ReachAsync(kiosk, "7-1", "paper-choice");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "子ども医療費受給者証", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "7-2", "paper-placement");
        Reader.PlaceCertificate(CertificateGenerator.Generate(CertificateForm.ChildMedical, holder.Seed, LocalChain.Today), holder.Seed);
        await Screens.ReachAsync(kiosk, "7-3", "paper-confirm");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "この内容で送る", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "8-1", "completed-with-paper");

        var result = await outcome;
        Assert.Null(result.ErrorCode);
        Assert.Equal(AuthenticationMethod.Face, result.Method);
        Assert.True(File.Exists(Path.Combine(fixture.Chain.FaceFolder, result.ResultFile!)));
        Assert.True(File.Exists(Path.Combine(fixture.Chain.CertificateFolder, result.CertificateFile!)));
        await RemoveAsync(kiosk);
    }

    [Fact]
    public async Task A_card_pulled_during_pin_entry_ends_the_session_with_E101_in_the_log()
    {
        var kiosk = await fixture.OpenKioskAsync();
        await InsertAsync(604);
        await Screens.ReachAsync(kiosk, "2-1", "method");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "4-1", "pin");
        await kiosk.Locator("button.digit").First.ClickAsync();
        var outcome = Reader.NextOutcomeAsync(Session);

        await RemoveAsync(kiosk);

        Assert.Equal(FlowErrors.CardRemoved, (await outcome).ErrorCode);
        var console = await fixture.OpenConsoleAsync("/readers");
        await ReloadUntilAsync(console, "/log?code=E101&event=SessionFailed", "table.log tbody", "SessionFailed");
        await ReloadUntilAsync(console, "/readers", "tr[data-reader='R01'] .last-error", "E101");
        // the reader says which version it runs; the same build as the terminal's shows no mismatch
        Assert.Equal(Link.ProductVersion.Current, await console.Locator("tr[data-reader='R01'] .software").InnerTextAsync());
    }

    [Fact]
    public async Task An_outage_shows_on_the_kiosk_and_as_the_console_s_band_at_once_and_the_dashboard_lists_the_session_it_met()
    {
        var kiosk = await fixture.OpenKioskAsync();
        var console = await fixture.OpenConsoleAsync("/");
        try
        {
            fixture.Chain.Onshi.Faults.FailWith = 503;
            await kiosk.Locator("section.screen[data-screen-id='1-1'] .outage").WaitForAsync(new() { Timeout = Screens.Step });
            await Screens.ReachAsync(kiosk, "1-1", "national-service-outage");
            Assert.Equal(new Reader.Kiosk.KioskText("ja")["OutageTitle"], await Screens.TitleAsync(kiosk));
            // the band comes to a page already open, without it being loaded again
            await console.Locator("#outage-band .outage").WaitForAsync(new() { Timeout = Screens.Step });
            Assert.Contains("基本4情報", await console.Locator("#outage-band").InnerTextAsync(), StringComparison.Ordinal);
            await Screens.AssertConsolePageAsync(console, "outage-band");

            var outcome = Reader.NextOutcomeAsync(Session);
            await InsertAsync(611);
            Assert.Equal(Link.Messages.LinkErrorCodes.NationalServiceDown, (await outcome).ErrorCode);
            var error = await Screens.ReachAsync(kiosk, "9-1", "national-service-outage");
            Assert.Equal("T105", await error.Locator(".error-code").InnerTextAsync());
            Assert.Equal(new Reader.Kiosk.KioskText("ja")["Error_T105"], await kiosk.Locator(".message").InnerTextAsync());
            await Reader.RemoveAsync();

            fixture.Chain.Onshi.Faults.Clear();
            await console.Locator("#outage-band .outage").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Screens.Step });
            await kiosk.Locator("section.screen[data-screen-id='1-1'] .orientation").WaitForAsync(new() { Timeout = Screens.Step });
            Assert.Equal(new Reader.Kiosk.KioskText("ja")["IdleTitle"], await Screens.TitleAsync(kiosk));
            await ReloadUntilAsync(console, "/", "table.outages", "T105");
            Assert.Contains("R01", await console.Locator("table.outages").InnerTextAsync(), StringComparison.Ordinal);
            await Screens.AssertConsolePageAsync(console, "dashboard-outages");
        }
        finally
        {
            fixture.Chain.Onshi.Faults.Clear();
        }
    }

    private async Task<MynaGate.Card.Virtual.Engine.VirtualMyNumberCard> InsertAsync(int seed)
    {
        var card = await fixture.Chain.CardAsync(seed, Path.Combine(Shared, "datasets", "deepface-unit", "img1.jpg"), fresh: true);
        await Reader.InsertAsync(card, seed, []);
        return card;
    }

    private async Task RemoveAsync(IPage kiosk)
    {
        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
        await kiosk.Locator("section.screen[data-screen-id='1-1']").WaitForAsync(new() { Timeout = Screens.Step });
    }

    /// <summary>Opens <paramref name="path"/> until <paramref name="selector"/> shows <paramref name="text"/> (what the readers report reaches the terminal asynchronously).</summary>
    private async Task<IPage> ReloadUntilAsync(IPage page, string path, string selector, string text)
    {
        string seen = "";
        for (int attempt = 0; attempt < 40; attempt++)
        {
            await page.GotoAsync(new Uri(fixture.Console, path).ToString());
            var found = page.Locator(selector);
            if (await found.CountAsync() > 0 && (seen = await found.First.InnerTextAsync()).Contains(text, StringComparison.Ordinal)) return page;
            await Task.Delay(250);
        }
        Assert.Fail($"{path}: {selector} never showed \"{text}\"; last seen \"{seen}\"");
        return page;
    }
}
