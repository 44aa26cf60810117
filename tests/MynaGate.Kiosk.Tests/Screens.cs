using Microsoft.Playwright;

namespace MynaGate.Kiosk.Tests;

/// <summary>What a person sees on the kiosk page, and the checks every screen must pass.</summary>
public static class Screens
{
    public static readonly float Step = 30_000;

    /// <summary>An init script that keeps what the page hands the speech engine in window.__spoken (headless Chromium has no voice to hear).</summary>
    public const string SpeechRecorder = """
        window.__spoken = [];
        const recorder = { speak: (u) => window.__spoken.push(u.text), cancel: () => {} };
        Object.defineProperty(window, "speechSynthesis", { value: recorder, configurable: true });
        if (!("SpeechSynthesisUtterance" in window)) window.SpeechSynthesisUtterance = function (text) { this.text = text; };
        """;

    /// <summary>What the page has spoken since <see cref="SpeechRecorder"/> began recording, in order.</summary>
    public static async Task<string[]> SpokenAsync(IPage page) => await page.EvaluateAsync<string[]>("() => window.__spoken");

    /// <summary>Waits for the screen <paramref name="screenId"/>, saves its screenshot and checks its accessibility.</summary>
    public static async Task<ILocator> ReachAsync(IPage page, string screenId, string name)
    {
        var screen = page.Locator($"section.screen[data-screen-id='{screenId}']");
        try
        {
            await screen.WaitForAsync(new LocatorWaitForOptions { Timeout = Step });
        }
        catch (TimeoutException e)
        {
            // say where the kiosk stood instead, so a failure on CI can be read without its screenshots
            string shown = await page.Locator("section.screen").First.GetAttributeAsync("data-screen-id", new() { Timeout = 1000 }) ?? "none";
            string title = await page.Locator("h1").First.InnerTextAsync(new() { Timeout = 1000 });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChainBrowserFixture.Screenshots, $"{screenId}-{name}-missed.png") });
            throw new TimeoutException($"the kiosk did not reach {screenId} ({name}); it shows {shown} \"{title}\"", e);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChainBrowserFixture.Screenshots, $"{screenId}-{name}.png") });
        await AssertAccessibleAsync(page);
        return screen;
    }

    public static Task<string> TitleAsync(IPage page) => page.Locator("h1").InnerTextAsync();

    /// <summary>
    /// Every button has a name, text has a contrast of at least 4.5:1 against its background (WCAG AA), and Tab
    /// reaches the buttons in the order they are drawn.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        await AssertNamedAndLegibleAsync(page);

        var buttons = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('button:not([disabled])')].map(b => b.innerText.trim())");
        var focused = new List<string>();
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        for (int i = 0; i < buttons.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.innerText.trim() : ''"));
        }
        Assert.Equal(buttons, focused);
    }

    /// <summary>
    /// A console page: its screenshot, every button named, every field labelled, text at 4.5:1 or better. (Tab order
    /// there runs through links and fields as drawn, which the browser's own order gives.)
    /// </summary>
    public static async Task AssertConsolePageAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChainBrowserFixture.Screenshots, $"console-{name}.png"), FullPage = true });
        await AssertNamedAndLegibleAsync(page);
        var unlabelled = await page.EvaluateAsync<string[]>(UnlabelledScript);
        Assert.True(unlabelled.Length == 0, "fields without a label: " + string.Join(", ", unlabelled));
    }

    private static async Task AssertNamedAndLegibleAsync(IPage page)
    {
        var unnamed = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('button')].filter(b => !(b.innerText.trim() || b.getAttribute('aria-label'))).length");
        Assert.Equal(0, unnamed);

        var lowContrast = await page.EvaluateAsync<string[]>(ContrastScript);
        Assert.True(lowContrast.Length == 0, "low contrast: " + string.Join("; ", lowContrast));
    }

    private const string UnlabelledScript =
        "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(f => !(f.labels && f.labels.length) && !f.getAttribute('aria-label')).map(f => f.name)";

    // relative luminance and contrast ratio of WCAG 2.x, for every element that holds text of its own
    private const string ContrastScript = """
        () => {
          const rgb = s => s.match(/[\d.]+/g).slice(0, 4).map(Number);
          const lum = ([r, g, b]) => { const c = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b); };
          const background = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
            if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
          const bad = [];
          for (const el of document.querySelectorAll('body *')) {
            const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
            if (!own || el.offsetParent === null) continue;
            const f = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
            const ratio = (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
            if (ratio < 4.5) bad.push(el.tagName + ' ' + ratio.toFixed(2));
          }
          return bad;
        }
        """;

    /// <summary>Nothing scrolls sideways or below the panel, and every button is at least 72 px each way (R15).</summary>
    public static async Task AssertFitsAsync(IPage page)
    {
        var problems = await page.EvaluateAsync<string[]>(FitScript);
        Assert.True(problems.Length == 0, string.Join("; ", problems));
    }

    private const string FitScript = """
        () => {
          const bad = [];
          const root = document.documentElement;
          if (root.scrollWidth > innerWidth) bad.push('scrolls sideways: ' + root.scrollWidth);
          if (root.scrollHeight > innerHeight) bad.push('scrolls down: ' + root.scrollHeight);
          for (const b of document.querySelectorAll('button')) {
            const r = b.getBoundingClientRect();
            if (r.width === 0) continue;
            if (r.width < 72 || r.height < 72) bad.push(b.innerText.trim() + ' is ' + Math.round(r.width) + 'x' + Math.round(r.height));
            if (r.right > innerWidth || r.bottom > innerHeight) bad.push(b.innerText.trim() + ' is off the panel');
          }
          return bad;
        }
        """;

    /// <summary>The digits of the pad in the order the page draws them.</summary>
    public static async Task<string[]> PadAsync(IPage page) =>
        [.. await page.Locator("button.digit").AllInnerTextsAsync()];

    /// <summary>Types <paramref name="pin"/> by finding each digit's key on the shuffled pad, then taps 決定.</summary>
    public static async Task EnterPinAsync(IPage page, string pin)
    {
        for (int i = 0; i < pin.Length; i++)
        {
            await page.Locator("button.digit", new PageLocatorOptions { HasTextString = pin[i].ToString() }).ClickAsync();
            // one key at a time, as a patient's finger: the next tap waits until the reader has drawn this one (taps
            // sent back to back could reach it in either order and make a wrong PIN on a loaded machine)
            await page.Locator($".pin-dots .dot.filled >> nth={i}").WaitForAsync(new() { Timeout = Step });
        }
        await page.Locator("button[data-kind='submit']:not([disabled])").ClickAsync();
    }
}
