using Microsoft.Playwright;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// A chain with one reader and its kiosk in a fresh state folder, and Debian's Chromium (no browser download). Holds
/// the vpcd lock so card tests in other processes, and the other fixture here, wait.
/// </summary>
public abstract class ChainBrowserFixture : IAsyncLifetime
{
    private VpcdLock? _slots;
    private IPlaywright? _playwright;

    public LocalChain Chain { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public ChainReader Reader => Chain.Readers[0];
    public string StateDirectory { get; } = Path.Combine(Path.GetTempPath(), "mynagate-kiosk-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Screenshots of each screen, kept as test artefacts.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screens");

    protected abstract ChainOptions Options(string stateDirectory);

    public virtual async Task InitializeAsync()
    {
        string state = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";
        _slots = await VpcdLock.AcquireAsync(state, TimeSpan.FromMinutes(20));
        Chain = await LocalChain.StartAsync(Options(StateDirectory));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>The kiosk in a browser of its own, landscape (1280×800) unless told otherwise.</summary>
    public async Task<IPage> OpenKioskAsync(int width = 1280, int height = 800)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(Reader.Kiosk.Address.ToString());
        return page;
    }

    /// <summary>
    /// Takes out any card a test left in the slot (a failed test stops before its own removal) and waits for the idle
    /// screen, so one failure never becomes "A card is already in this slot" in the tests after it.
    /// </summary>
    public Task ClearSlotAsync() => Reader.ResetAsync(TimeSpan.FromSeconds(30));

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Chain is not null) await Chain.DisposeAsync();
        _slots?.Dispose();
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
