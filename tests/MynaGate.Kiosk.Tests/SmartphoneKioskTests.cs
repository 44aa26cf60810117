using Microsoft.Playwright;
using MynaGate.Card.Virtual;
using MynaGate.Chain;
using MynaGate.Reader.Flow;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// Smartphone マイナ保険証 at the kiosk (R32), landscape and portrait: スマートフォン on the idle screen, the phone
/// screen, an Android phone's スマホ用PIN on the pad and an iPhone's confirmation screen, each to the first consent.
/// </summary>
[Collection(KioskGroup.Name)]
public sealed class SmartphoneKioskTests(KioskFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    private ChainReader Reader => fixture.Reader;

    public Task InitializeAsync() => fixture.ClearSlotAsync();

    public Task DisposeAsync() => fixture.ClearSlotAsync();

    [Theory]
    [InlineData(1280, 800, 516)]
    [InlineData(800, 1280, 517)]
    public async Task An_android_phone_is_held_over_its_reader_and_its_own_pin_typed_on_the_pad(int width, int height, int seed)
    {
        string shape = width > height ? "landscape" : "portrait";
        var page = await fixture.OpenKioskAsync(width, height);
        var phone = await fixture.Chain.CardAsync(seed, null, kind: VirtualCardKind.Android);
        await ChooseSmartphoneAsync(page, shape);
        await Reader.TapPhoneAsync(phone);

        await Screens.ReachAsync(page, "4-1", $"{shape}-phone-pin");
        await Screens.AssertFitsAsync(page);
        Assert.Contains("スマホ用電子証明書", await Screens.TitleAsync(page), StringComparison.Ordinal);
        await Screens.EnterPinAsync(page, phone.Image.Persona.PhonePin);
        await Screens.ReachAsync(page, "6-1", $"{shape}-phone-consent");
        await CancelAsync(page);
    }

    [Theory]
    [InlineData(1280, 800, 518)]
    [InlineData(800, 1280, 519)]
    public async Task An_iphone_shows_the_screen_that_asks_to_confirm_on_the_phone(int width, int height, int seed)
    {
        string shape = width > height ? "landscape" : "portrait";
        var page = await fixture.OpenKioskAsync(width, height);
        var phone = await fixture.Chain.CardAsync(seed, null, kind: VirtualCardKind.IPhone);
        using var confirmed = new ManualResetEventSlim();
        phone.HolderConfirms = () => confirmed.Wait(Session);
        try
        {
            await ChooseSmartphoneAsync(page, shape);
            await Reader.TapPhoneAsync(phone);

            var confirm = await Screens.ReachAsync(page, "4-3", $"{shape}-phone-confirm");
            await Screens.AssertFitsAsync(page);
            Assert.Contains("Face ID", await confirm.Locator(".hint").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator(".pad").CountAsync());
            confirmed.Set();
            await Screens.ReachAsync(page, "6-1", $"{shape}-iphone-consent");
            await CancelAsync(page);
        }
        finally
        {
            confirmed.Set();
        }
    }

    /// <summary>Taps スマートフォン on the idle screen and checks the phone screen it leads to.</summary>
    private static async Task ChooseSmartphoneAsync(IPage page, string shape)
    {
        await Screens.ReachAsync(page, "1-1", $"{shape}-idle-smartphone");
        await page.GetByRole(AriaRole.Button, new() { Name = "スマートフォンで受付", Exact = true }).ClickAsync();
        var wait = await Screens.ReachAsync(page, "2-2", $"{shape}-phone-wait");
        await Screens.AssertFitsAsync(page);
        Assert.Equal("スマートフォンを読み取り機にかざしてください", await Screens.TitleAsync(page));
        Assert.Equal(1, await wait.Locator("button[data-kind='cancel']").CountAsync());
    }

    private async Task CancelAsync(IPage page)
    {
        var outcome = Reader.NextOutcomeAsync(Session);
        await page.GetByRole(AriaRole.Button, new() { Name = "中止", Exact = true }).ClickAsync();
        Assert.Equal(FlowErrors.Cancelled, (await outcome).ErrorCode);
        await Reader.LiftPhoneAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
    }
}
