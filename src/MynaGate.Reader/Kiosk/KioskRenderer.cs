using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Kiosk;

/// <summary>
/// Renders Razor components to HTML on the server (static rendering: pages need no Blazor client). The kiosk's page
/// and screen have their own methods; other pages (the demo's controls) render through <see cref="RenderAsync{TComponent}"/>.
/// </summary>
public sealed class KioskRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
    private readonly HtmlRenderer _renderer;

    public KioskRenderer() => _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);

    /// <summary>The whole page around <paramref name="screen"/>.</summary>
    public async Task<string> PageAsync(FlowScreen screen, KioskText text, KioskOptions options) =>
        "<!DOCTYPE html>\n" + await RenderAsync<KioskPage>(Parameters(screen, text, options)).ConfigureAwait(false);

    /// <summary><paramref name="screen"/> alone, for the page to swap in.</summary>
    public Task<string> ScreenAsync(FlowScreen screen, KioskText text, KioskOptions options) =>
        RenderAsync<ScreenView>(Parameters(screen, text, options));

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
            return output.ToHtmlString();
        });

    private static Dictionary<string, object?> Parameters(FlowScreen screen, KioskText text, KioskOptions options) =>
        new() { ["Screen"] = screen, ["Text"] = text, ["Options"] = options };

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }
}
