using MynaGate.Reader.Flow;
using MynaGate.Web;

namespace MynaGate.Reader.Kiosk;

/// <summary>The kiosk's page and its screen fragment, rendered on the server.</summary>
public sealed class KioskRenderer : IAsyncDisposable
{
    private readonly ComponentHtml _html = new();

    /// <summary>The whole page around <paramref name="screen"/>, or around the pairing screen while <paramref name="pairing"/> is set.</summary>
    public Task<string> PageAsync(FlowScreen screen, KioskText text, KioskOptions options, UnpairedScreen? pairing = null) =>
        _html.DocumentAsync<KioskPage>(new Dictionary<string, object?> { ["Screen"] = screen, ["Text"] = text, ["Options"] = options, ["Pairing"] = pairing });

    /// <summary><paramref name="screen"/> alone (or the pairing screen), for the page to swap in.</summary>
    public Task<string> ScreenAsync(FlowScreen screen, KioskText text, KioskOptions options, UnpairedScreen? pairing = null) => pairing is null
        ? _html.RenderAsync<ScreenView>(new Dictionary<string, object?> { ["Screen"] = screen, ["Text"] = text, ["Options"] = options })
        : _html.RenderAsync<PairingView>(new Dictionary<string, object?> { ["Code"] = pairing.Code, ["Expires"] = pairing.Expires, ["Serial"] = options.Serial });

    public ValueTask DisposeAsync() => _html.DisposeAsync();
}
