using Microsoft.Playwright;
using MynaGate.Chain;
using MynaGate.Reader.Flow;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// The accessible mode (R36) by keyboard alone, as a USB numeric keypad drives it, landscape and portrait: * starts it
/// at the idle screen, + moves between the buttons, the pad is fixed, digits are typed on the keypad, every screen is
/// spoken whole and the PIN only by its count; the staff mirror shows the mode and no digit.
/// </summary>
[Collection(KioskGroup.Name)]
public sealed class AccessibleModeKioskTests(KioskFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    // the pad's tones, counted (one short tone a key, the same for every key)
    private const string ToneRecorder = """
        window.__tones = 0;
        window.AudioContext = class {
            constructor() { this.currentTime = 0; this.destination = {}; }
            createGain() { return { gain: {}, connect: (next) => next }; }
            createOscillator() { return { frequency: {}, connect: (next) => next, start: () => { window.__tones++; }, stop: () => {} }; }
        };
        """;

    private ChainReader Reader => fixture.Reader;

    // closed when the test ends, pass or fail: an open page keeps its event stream and timers, and would act on the
    // next test's screens
    private readonly List<IPage> _pages = [];

    public Task InitializeAsync() => fixture.ClearSlotAsync();

    public async Task DisposeAsync()
    {
        foreach (var page in _pages) await page.CloseAsync();
        await fixture.ClearSlotAsync();
    }

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        _pages.Add(page);
        return page;
    }

    [Theory]
    [InlineData(1280, 800, 514)]
    [InlineData(800, 1280, 515)]
    public async Task A_patient_without_sight_completes_the_pin_path_by_keypad_with_the_digits_never_spoken(int width, int height, int seed)
    {
        string shape = width > height ? "landscape" : "portrait";
        var page = await NewPageAsync(width, height);
        await page.AddInitScriptAsync(Screens.SpeechRecorder);
        await page.GotoAsync(Reader.Kiosk.Address.ToString());
        await Screens.ReachAsync(page, "1-1", $"{shape}-accessible-idle-before");

        await page.Keyboard.PressAsync("*");
        await page.Locator("section.screen.accessible[data-screen-id='1-1']").WaitForAsync(new() { Timeout = Screens.Step });
        Assert.Contains(await Screens.SpokenAsync(page), s => s.StartsWith("音声案内モードです。", StringComparison.Ordinal));

        var card = await fixture.Chain.CardAsync(seed, null);
        await Reader.InsertAsync(card, seed, []);
        // the reader is told on the session's first screen, and draws it in the mode
        await page.Locator("section.screen[data-screen-id='2-1'][data-accessible='true']").WaitForAsync(new() { Timeout = Screens.Step });
        await Screens.ReachAsync(page, "2-1", $"{shape}-accessible-method");
        await Screens.AssertFitsAsync(page);
        Assert.Contains(await Screens.SpokenAsync(page), s => s.Contains("本人確認の方法を選んでください", StringComparison.Ordinal) && s.Contains("暗証番号", StringComparison.Ordinal));
        await PressUntilFocusedAsync(page, "暗証番号");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("section.screen[data-screen-id='4-1'][data-accessible='true']").WaitForAsync(new() { Timeout = Screens.Step });
        await Screens.ReachAsync(page, "4-1", $"{shape}-accessible-pin");
        await Screens.AssertFitsAsync(page);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"], await Screens.PadAsync(page));
        string pin = card.Image.Persona.Pin;
        // the check above tabbed through the pad, which says each key as it takes the focus; typing says none
        int typingFrom = (await Screens.SpokenAsync(page)).Length;
        for (int i = 0; i < pin.Length; i++)
        {
            await page.Keyboard.PressAsync(pin[i].ToString());
            await page.Locator($".pin-dots .dot.filled >> nth={i}").WaitForAsync(new() { Timeout = Screens.Step });
        }
        await page.WaitForFunctionAsync("() => window.__spoken.includes('入力済み 4 桁')", null, new() { Timeout = Screens.Step });
        var typing = (await Screens.SpokenAsync(page))[typingFrom..];
        Assert.Equal(["入力済み 1 桁", "入力済み 2 桁", "入力済み 3 桁", "入力済み 4 桁"], typing);
        var mirror = Reader.Control.Status.Screen;
        Assert.True(mirror.Accessible);
        Assert.Equal(4, mirror.DigitsEntered);
        var outcome = Reader.NextOutcomeAsync(Session);
        await page.Keyboard.PressAsync("Enter");

        foreach (string consent in new[] { "6-1", "6-2" })
        {
            await page.Locator($"section.screen[data-screen-id='{consent}'][data-accessible='true']").WaitForAsync(new() { Timeout = Screens.Step });
            await Screens.ReachAsync(page, consent, $"{shape}-accessible-consent");
            await PressUntilFocusedAsync(page, "同意する");
            await page.Keyboard.PressAsync("Enter");
        }
        await Screens.ReachAsync(page, "8-1", $"{shape}-accessible-completed");
        Assert.Null((await outcome).ErrorCode);

        // said without the texts: a failure must not print the PIN it found
        Assert.False((await Screens.SpokenAsync(page)).Any(s => s.Contains(pin, StringComparison.Ordinal)), "a spoken text holds the PIN");

        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
        // the mode ends with the patient: the next one finds the ordinary screen
        await page.Locator("section.screen[data-screen-id='1-1']:not(.accessible)").WaitForAsync(new() { Timeout = Screens.Step });
    }

    [Fact]
    public async Task Touching_or_focusing_each_key_of_the_fixed_pad_says_its_place_and_a_tone_never_its_digit()
    {
        const int seed = 516;
        var page = await NewPageAsync(1280, 800);
        await page.AddInitScriptAsync(Screens.SpeechRecorder + ToneRecorder);
        await page.GotoAsync(Reader.Kiosk.Address.ToString());
        await Screens.ReachAsync(page, "1-1", "accessible-keys-idle");
        await page.Keyboard.PressAsync("*");
        await page.Locator("section.screen.accessible[data-screen-id='1-1']").WaitForAsync(new() { Timeout = Screens.Step });

        var card = await fixture.Chain.CardAsync(seed, null);
        await Reader.InsertAsync(card, seed, []);
        await page.Locator("section.screen[data-screen-id='2-1'][data-accessible='true']").WaitForAsync(new() { Timeout = Screens.Step });
        await PressUntilFocusedAsync(page, "暗証番号");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("section.screen[data-screen-id='4-1'][data-accessible='true']").WaitForAsync(new() { Timeout = Screens.Step });
        await page.WaitForFunctionAsync("() => window.__spoken.some(s => s.includes('5 に突起'))", null, new() { Timeout = Screens.Step });

        // every key touched (a finger resting on it, then lifted off without a tap, so no long press starts) and
        // focused (the keypad's + moving onto it), none pressed
        var keys = page.Locator(".pad button.digit");
        int from = (await Screens.SpokenAsync(page)).Length;
        int count = await keys.CountAsync();
        Assert.Equal(10, count);
        for (int i = 0; i < count; i++)
        {
            await keys.Nth(i).DispatchEventAsync("pointerdown");
            await keys.Nth(i).DispatchEventAsync("pointercancel");
            await keys.Nth(i).FocusAsync();
        }
        await page.WaitForFunctionAsync($"() => window.__spoken.length >= {from + (2 * count)}", null, new() { Timeout = Screens.Step });
        var said = (await Screens.SpokenAsync(page))[from..];

        string[] digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
        Assert.DoesNotContain(said, s => digits.Contains(s.Trim()));
        Assert.DoesNotContain(said, s => s.Any(char.IsAsciiDigit) && !s.Contains("段目", StringComparison.Ordinal));
        // the places, in the pad's order: three columns, four rows, 0 alone at the bottom left
        Assert.Equal("1段目、左", said[0]);
        Assert.Equal("2段目、中央", said[2 * 4]);
        Assert.Equal("4段目、左", said[2 * 9]);
        Assert.True(await page.EvaluateAsync<int>("() => window.__tones") >= 2 * count, "a key touched without its tone");
        Assert.Equal(0, Reader.Control.Status.Screen.DigitsEntered);
        // the whole-screen reading lists no key one by one either
        Assert.DoesNotContain(await Screens.SpokenAsync(page), s => s.Contains("。1。", StringComparison.Ordinal) || s.Contains("。0。", StringComparison.Ordinal));

        await Reader.RemoveAsync();
        await Reader.WaitForAsync(FlowState.Idle, Session);
    }


    /// <summary>Presses the keypad's + until <paramref name="label"/> has the focus, as a patient listening to each button would.</summary>
    private static async Task PressUntilFocusedAsync(IPage page, string label)
    {
        for (int i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("+");
            if (await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.innerText.trim() : ''") == label) return;
        }
        throw new InvalidOperationException($"no button named {label} was reached with +");
    }
}
