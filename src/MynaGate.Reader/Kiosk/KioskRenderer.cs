using MynaGate.Reader.Flow;
using MynaGate.Web;

namespace MynaGate.Reader.Kiosk;

/// <summary>The kiosk's page and its screen fragment, rendered on the server.</summary>
public sealed class KioskRenderer : IAsyncDisposable
{
    private readonly ComponentHtml _html = new();

    /// <summary>The whole page around <paramref name="screen"/>.</summary>
    public Task<string> PageAsync(FlowScreen screen, KioskText text, KioskOptions options) =>
        _html.DocumentAsync<KioskPage>(Parameters(screen, text, options));

    /// <summary><paramref name="screen"/> alone, for the page to swap in.</summary>
    public Task<string> ScreenAsync(FlowScreen screen, KioskText text, KioskOptions options) =>
        _html.RenderAsync<ScreenView>(Parameters(screen, text, options));

    private static Dictionary<string, object?> Parameters(FlowScreen screen, KioskText text, KioskOptions options) =>
        new() { ["Screen"] = screen, ["Text"] = text, ["Options"] = options };

    public ValueTask DisposeAsync() => _html.DisposeAsync();
}
