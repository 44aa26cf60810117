using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MynaGate.Web;

/// <summary>
/// Renders Razor components to HTML on the server (static rendering): our pages need no Blazor client, whose
/// script is not on this NuGet source; a small script of each surface swaps fragments in. Each render has a renderer
/// of its own, disposed with it: a renderer keeps every root component it rendered until it is disposed, so one kept
/// for the process grew by every screen the kiosk and the mirror ever drew (found by the process soak).
/// </summary>
public sealed class ComponentHtml : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();

    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        await using (renderer.ConfigureAwait(false))
        {
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
                return output.ToHtmlString();
            }).ConfigureAwait(false);
        }
    }

    /// <summary>A whole document: the doctype and <typeparamref name="TComponent"/>, which renders the &lt;html&gt; element.</summary>
    public async Task<string> DocumentAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        "<!DOCTYPE html>\n" + await RenderAsync<TComponent>(parameters).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
