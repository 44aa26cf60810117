using Microsoft.Playwright;
using MynaGate.Card.Virtual;
using MynaGate.Chain;
using MynaGate.Reader.Flow;

namespace MynaGate.Kiosk.Tests;

/// <summary>A 顔認証マイナンバーカード at the kiosk, landscape and portrait: the method screen says why there is no PIN and offers no pad.</summary>
[Collection(KioskGroup.Name)]
public sealed class PinLessKioskTests(KioskFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    private ChainReader Reader => fixture.Reader;

    public Task InitializeAsync() => fixture.ClearSlotAsync();

    public Task DisposeAsync() => fixture.ClearSlotAsync();

    [Theory]
    [InlineData(1280, 800, 512)]
    [InlineData(800, 1280, 513)]
    public async Task The_method_screen_of_a_card_without_a_pin_says_so_and_offers_the_face_and_the_staff_check(int width, int height, int seed)
    {
        string shape = width > height ? "landscape" : "portrait";
        var page = await fixture.OpenKioskAsync(width, height);
        var card = await fixture.Chain.CardAsync(seed, null, kind: VirtualCardKind.PinLess);
        await Reader.InsertAsync(card, seed, []);

        var method = await Screens.ReachAsync(page, "2-1", $"{shape}-pinless-method");
        await Screens.AssertFitsAsync(page);
        Assert.Equal(["顔認証", "職員による目視確認"], await method.Locator(".choices button").AllInnerTextsAsync());
        Assert.Contains("暗証番号のない顔認証マイナンバーカード", await method.Locator(".warning").InnerTextAsync(), StringComparison.Ordinal);

        var outcome = Reader.NextOutcomeAsync(Session);
        await page.GetByRole(AriaRole.Button, new() { Name = "中止", Exact = true }).ClickAsync();
        Assert.Equal(FlowErrors.Cancelled, (await outcome).ErrorCode);
        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
    }
}
