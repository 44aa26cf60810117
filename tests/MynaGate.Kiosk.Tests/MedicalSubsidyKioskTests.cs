using Microsoft.Playwright;
using MynaGate.Chain;
using MynaGate.Onshi.Seeding;
using MynaGate.Reader.Flow;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// PMH (R39) in Chromium, end to end: a patient whose municipality's 受給者証 are on the emulator's hub is asked
/// 「医療費助成の各種受給者証を利用しますか」 in their language, spoken; the answer, and when used the certificates, reach
/// the result XML, which xml check passes.
/// </summary>
[Collection(KioskGroup.Name)]
public sealed class MedicalSubsidyKioskTests(KioskFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    private readonly List<IPage> _pages = [];
    private FlowOptions? _before;
    private Reader.Kiosk.KioskOptions? _kioskBefore;

    private ChainReader Reader => fixture.Reader;

    public async Task InitializeAsync()
    {
        await fixture.ClearSlotAsync();
        _before = Reader.Flow.Options;
        Reader.Flow.UpdateOptions(_before with { Consents = [], PrescriptionChoice = false, MedicalSubsidyQuestion = true, PaperMode = false });
        // the fixture's kiosk is silent; this test hears the question
        _kioskBefore = Reader.Kiosk.Options;
        Reader.Kiosk.Update(_kioskBefore with { Voice = true });
    }

    public async Task DisposeAsync()
    {
        foreach (var page in _pages) await page.CloseAsync();
        await fixture.ClearSlotAsync();
        if (_before is not null) Reader.Flow.UpdateOptions(_before);
        if (_kioskBefore is not null) Reader.Kiosk.Update(_kioskBefore);
    }

    [Theory]
    [InlineData("ja", 520, true, "医療費助成の各種受給者証を利用しますか", "利用する", "公費確認")]
    [InlineData("en", 521, false, "Do you want to use your medical expense subsidy certificates?", "Do not use", "Public subsidy")]
    public async Task The_question_is_shown_and_spoken_in_the_patient_s_language_and_the_answer_reaches_the_xml(
        string language, int seed, bool use, string title, string button, string step)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        _pages.Add(page);
        await page.AddInitScriptAsync(Screens.SpeechRecorder);
        await page.GotoAsync(Reader.Kiosk.Address.ToString());
        await Screens.ReachAsync(page, "1-1", $"idle-{language}-subsidy");
        if (language != "ja")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();
            await page.Locator($"section.screen[data-lang='{language}']").WaitForAsync(new() { Timeout = Screens.Step });
        }
        var card = await fixture.Chain.CardAsync(seed, null, EnrolmentScenario.MedicalSubsidies);
        var expected = InsuredGenerator.MedicalSubsidies(seed, card.Image.Persona, LocalChain.Today)[0];
        await Reader.InsertAsync(card, seed, []);
        await Screens.ReachAsync(page, "2-1", $"{language}-subsidy-method");
        await page.Locator("button[data-kind='method'][data-value='Pin']").ClickAsync();
        await Screens.ReachAsync(page, "4-1", $"{language}-subsidy-pin");
        var outcome = Reader.NextOutcomeAsync(Session);
        await Screens.EnterPinAsync(page, card.Image.Persona.Pin);

        await Screens.ReachAsync(page, "7-0", $"landscape-medical-subsidy-{language}");
        await Screens.AssertFitsAsync(page);
        Assert.Equal(title, await Screens.TitleAsync(page));
        Assert.Equal(step, await page.Locator(".breadcrumb li.current").InnerTextAsync());
        await page.WaitForFunctionAsync("t => window.__spoken.some(s => s.includes(t))", title, new() { Timeout = Screens.Step });
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Screens.ReachAsync(page, "8-1", $"{language}-subsidy-completed");

        var result = await outcome;
        Assert.Null(result.ErrorCode);
        string xml = await File.ReadAllTextAsync(Path.Combine(fixture.Chain.FaceFolder, result.ResultFile!));
        Assert.Contains($"<MedicalSubsidyUseSelect>{(use ? 1 : 2)}</MedicalSubsidyUseSelect>", xml, StringComparison.Ordinal);
        Assert.Equal(use, xml.Contains($"<MedicalSubsidyRecipientNumber>{expected.RecipientNumber}</MedicalSubsidyRecipientNumber>", StringComparison.Ordinal));
        Assert.Equal(use, xml.Contains($"<MedicalSubsidyInsurerNumber>{expected.InsurerNumber}</MedicalSubsidyInsurerNumber>", StringComparison.Ordinal));
        Assert.DoesNotContain(MynaGate.Terminal.Results.ResultXmlChecker.Check(System.Text.Encoding.UTF8.GetBytes(xml)), f => !f.IsWarning);

        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
    }
}
