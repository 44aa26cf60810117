using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MynaGate.Web;

/// <summary>
/// Renders Razor components to HTML on the server (static rendering): our pages need no Blazor client, whose
/// script is not on this NuGet source; a small script of each surface swaps fragments in.
/// </summary>
public sealed class ComponentHtml : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
    private readonly HtmlRenderer _renderer;

    public ComponentHtml() => _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);

    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
            return output.ToHtmlString();
        });

    /// <summary>A whole document: the doctype and <typeparamref name="TComponent"/>, which renders the &lt;html&gt; element.</summary>
    public async Task<string> DocumentAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        "<!DOCTYPE html>\n" + await RenderAsync<TComponent>(parameters).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }
}
