using MynaGate.Chain;
using MynaGate.Reader.Flow;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// The guidance for what clinics report most (R37), landscape and portrait: a card the slot does not find (in a thick
/// case) on the idle screen, a card and a phone at once, and a card laid back up.
/// </summary>
[Collection(KioskGroup.Name)]
public sealed class GuidanceKioskTests(KioskFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    private ChainReader Reader => fixture.Reader;

    private static string Shared => Environment.GetEnvironmentVariable("MYNAGATE_SHARED") is { Length: > 0 } s ? s : "../shared";

    public Task InitializeAsync() => fixture.ClearSlotAsync();

    public Task DisposeAsync() => fixture.ClearSlotAsync();

    [Theory]
    [InlineData(1280, 800, 520)]
    [InlineData(800, 1280, 521)]
    public async Task A_card_in_a_case_is_told_to_come_out_of_it_on_the_idle_screen(int width, int height, int seed)
    {
        string shape = width > height ? "landscape" : "portrait";
        var page = await fixture.OpenKioskAsync(width, height);
        var card = await fixture.Chain.CardAsync(seed, null);
        Reader.Cameras.Show(card.Image.Persona, seed, []);

        var idle = await Screens.ReachAsync(page, "1-1", $"{shape}-idle");
        await idle.Locator(".warning").WaitForAsync(new() { Timeout = Screens.Step });
        await Screens.ReachAsync(page, "1-1", $"{shape}-card-in-case");
        await Screens.AssertFitsAsync(page);
        Assert.Contains("ケースやカバーから出して", await idle.Locator(".warning").InnerTextAsync(), StringComparison.Ordinal);

        Reader.Cameras.ClearTray();
        await page.Locator("section.screen[data-screen-id='1-1'] .warning").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached, Timeout = Screens.Step });
    }

    [Theory]
    [InlineData(1280, 800, 522)]
    [InlineData(800, 1280, 523)]
    public async Task A_card_and_a_phone_at_once_get_a_screen_of_their_own(int width, int height, int seed)
    {
        string shape = width > height ? "landscape" : "portrait";
        var page = await fixture.OpenKioskAsync(width, height);
        var card = await fixture.Chain.CardAsync(seed, null);
        var phone = await fixture.Chain.CardAsync(seed, null, kind: MynaGate.Card.Virtual.VirtualCardKind.Android);
        await Reader.TapPhoneAsync(phone);
        // pcscd powers a token on when it finds it (and off again soon after): the phone is on its reader before the card comes
        var deadline = DateTime.UtcNow + Session;
        while (phone.PowerOns == 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("pcscd did not find the phone.");
            await Task.Delay(50);
        }
        var outcome = Reader.NextOutcomeAsync(Session);
        await Reader.InsertAsync(card, seed, []);

        var error = await Screens.ReachAsync(page, "9-1", $"{shape}-card-and-phone");
        await Screens.AssertFitsAsync(page);
        Assert.Equal(FlowErrors.CardAndPhone, await error.Locator(".error-code").InnerTextAsync());
        Assert.Contains("どちらか一つだけ", await error.Locator(".message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(FlowErrors.CardAndPhone, (await outcome).ErrorCode);
    }

    [Theory]
    [InlineData(1280, 800, 524)]
    [InlineData(800, 1280, 525)]
    public async Task A_card_back_up_is_told_to_turn_over_for_the_face(int width, int height, int seed)
    {
        string shape = width > height ? "landscape" : "portrait";
        var page = await fixture.OpenKioskAsync(width, height);
        var card = await fixture.Chain.CardAsync(seed, null);
        // someone at the face camera: the face path opens it as soon as 顔認証 is tapped
        var frames = MynaGate.Chain.Demo.DemoPatients.Load(Shared).Single(p => p.Key == "holder").LoadFrames();
        await Reader.InsertBackUpAsync(card, seed, frames);
        await Screens.ReachAsync(page, "2-1", $"{shape}-method-back-up");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "顔認証", Exact = true }).ClickAsync();

        var method = page.Locator("section.screen[data-screen-id='2-1'] .warning");
        await method.WaitForAsync(new() { Timeout = Screens.Step });
        await Screens.ReachAsync(page, "2-1", $"{shape}-card-back-up");
        await Screens.AssertFitsAsync(page);
        Assert.Contains("裏面が上", await method.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("button[data-kind='method'][data-value='Pin']").CountAsync());

        var outcome = Reader.NextOutcomeAsync(Session);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "中止", Exact = true }).ClickAsync();
        Assert.Equal(FlowErrors.Cancelled, (await outcome).ErrorCode);
    }
}
