using Microsoft.Playwright;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// A chain with one reader and its kiosk in a fresh state folder, and Debian's Chromium (no browser download) at the
/// kiosk's 1280×800. Holds the vpcd lock so card tests in other processes wait.
/// </summary>
public sealed class KioskFixture : IAsyncLifetime
{
    private VpcdLock? _slots;
    private IPlaywright? _playwright;

    public LocalChain Chain { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public ChainReader Reader => Chain.Readers[0];
    public string StateDirectory { get; } = Path.Combine(Path.GetTempPath(), "mynagate-kiosk-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Screenshots of each screen, kept as test artefacts.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screens");

    public async Task InitializeAsync()
    {
        string state = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";
        _slots = await VpcdLock.AcquireAsync(state, TimeSpan.FromMinutes(20));
        Chain = await LocalChain.StartAsync(new ChainOptions
        {
            StateDirectory = StateDirectory,
            Readers = 1,
            Kiosks = true,
            Kiosk = new KioskOptions { DebugMode = true, Voice = false },
            Flow = new FlowOptions
            {
                Consents = [ConsentItem.PharmacyInformation, ConsentItem.DiagnosisAndOperation],
                ReadCardFaceOnPlacement = false,
                InputTimeout = TimeSpan.FromSeconds(30),
            },
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task<IPage> OpenKioskAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.GotoAsync(Reader.Kiosk!.Address.ToString());
        return page;
    }

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

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KioskGroup : ICollectionFixture<KioskFixture>
{
    public const string Name = "kiosk";
}
