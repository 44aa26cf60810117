using Microsoft.Playwright;
using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// The 2025 consent set's screens and the prescription choice in Chromium, landscape and portrait: 包括同意 lists what it
/// covers and offers 個別に選ぶ, every screen fits the panel with large targets, and the choice reaches the result XML.
/// </summary>
[Collection(KioskGroup.Name)]
public sealed class ConsentSetKioskTests(KioskFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    private FlowOptions? _before;

    private ChainReader Reader => fixture.Reader;

    public async Task InitializeAsync()
    {
        await fixture.ClearSlotAsync();
        _before = Reader.Flow.Options;
        Reader.Flow.UpdateOptions(_before with { Consents = ConsentSets.National2025, PrescriptionChoice = true });
    }

    public async Task DisposeAsync()
    {
        await fixture.ClearSlotAsync();
        if (_before is not null) Reader.Flow.UpdateOptions(_before);
    }

    [Theory]
    [InlineData(1280, 800, 510, false)]
    [InlineData(800, 1280, 511, true)]
    public async Task The_comprehensive_screen_and_the_prescription_choice_fit_the_panel_and_reach_the_xml(int width, int height, int seed, bool individually)
    {
        string shape = width > height ? "landscape" : "portrait";
        var page = await fixture.OpenKioskAsync(width, height);
        var card = await fixture.Chain.CardAsync(seed, null);
        await Reader.InsertAsync(card, seed, []);
        await Screens.ReachAsync(page, "2-1", $"{shape}-method");
        await page.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();
        await Screens.ReachAsync(page, "4-1", $"{shape}-pin");
        var outcome = Reader.NextOutcomeAsync(Session);
        await Screens.EnterPinAsync(page, card.Image.Persona.Pin);

        var comprehensive = await Screens.ReachAsync(page, "6-1", $"{shape}-comprehensive");
        await Screens.AssertFitsAsync(page);
        Assert.Equal(9, await comprehensive.Locator(".covers li").CountAsync());
        Assert.Contains("アレルギー(薬剤以外)", await comprehensive.Locator(".covers").InnerTextAsync(), StringComparison.Ordinal);
        if (individually)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "個別に選ぶ", Exact = true }).ClickAsync();
            for (int screen = 2; screen <= 10; screen++)
            {
                var item = await Screens.ReachAsync(page, $"6-{screen}", $"{shape}-consent-{screen}");
                await Screens.AssertFitsAsync(page);
                Assert.Equal(0, await item.Locator("button[data-kind='individual']").CountAsync());
                // every other item declined, so the XML shows each screen's own answer
                string answer = screen % 2 == 0 ? "同意する" : "同意しない";
                await page.GetByRole(AriaRole.Button, new() { Name = answer, Exact = true }).ClickAsync();
            }
        }
        else
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "同意する", Exact = true }).ClickAsync();
        }

        await Screens.ReachAsync(page, "6-P", $"{shape}-prescription");
        await Screens.AssertFitsAsync(page);
        Assert.Equal("処方箋の受け取り方を選んでください", await Screens.TitleAsync(page));
        Assert.Equal("追加情報", await page.Locator(".breadcrumb li.current").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "紙の処方箋", Exact = true }).ClickAsync();
        await Screens.ReachAsync(page, "8-1", $"{shape}-completed");

        var result = await outcome;
        Assert.Null(result.ErrorCode);
        string xml = await File.ReadAllTextAsync(Path.Combine(fixture.Chain.FaceFolder, result.ResultFile!));
        Assert.Contains("<PrescriptionIssueSelect>2</PrescriptionIssueSelect>", xml, StringComparison.Ordinal);
        // the 2025 set's third item (6-3 declined when asked one by one) is 診療・手術; its ninth (6-10, agreed) is 処方
        Assert.Contains($"<DiagnosisInfoConsFlg>{(individually ? 0 : 1)}</DiagnosisInfoConsFlg>", xml, StringComparison.Ordinal);
        Assert.Contains("<PrescriptionInfoConsFlg>1</PrescriptionInfoConsFlg>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(MynaGate.Terminal.Results.ResultXmlChecker.Check(System.Text.Encoding.UTF8.GetBytes(xml)), f => !f.IsWarning);

        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
    }
}
