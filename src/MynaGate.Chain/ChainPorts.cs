using MynaGate.Site;

namespace MynaGate.Chain;

/// <summary>
/// The loopback ports of a chain's servers; 0 lets the system choose (tests run many chains side by side), fixed
/// ports give the demo URLs that stay the same between runs. Reader <c>i</c> uses the first port + <c>i</c>.
/// </summary>
public sealed record ChainPorts(int Onshi, int Console, int FirstReaderLink, int FirstKiosk)
{
    public static ChainPorts Any { get; } = new(0, 0, 0, 0);

    /// <summary>The demo's control page (virtual cards in and out).</summary>
    public int DemoControl { get; init; }

    public int ReaderLink(int index) => FirstReaderLink == 0 ? 0 : FirstReaderLink + index;

    public int Kiosk(int index) => FirstKiosk == 0 ? 0 : FirstKiosk + index;

    /// <summary>Every fixed port of <paramref name="readers"/> readers, named for diagnostics.</summary>
    public IEnumerable<SitePort> Named(int readers)
    {
        yield return new("national service (emulator)", Onshi);
        yield return new("console", Console);
        yield return new("demo control", DemoControl);
        for (int i = 0; i < readers; i++)
        {
            yield return new($"reader {SiteLayout.ReaderId(i)} link", ReaderLink(i));
            yield return new($"reader {SiteLayout.ReaderId(i)} kiosk", Kiosk(i));
        }
    }
}
