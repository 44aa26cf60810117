using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MynaGate.Web;

namespace MynaGate.Reader.Tests;

/// <summary>The server-side renderer of the kiosk, the mirror and the console keeps nothing of what it rendered.</summary>
public sealed class ComponentHtmlTests
{
    [Fact]
    public async Task A_rendered_component_is_not_kept_once_its_html_is_returned()
    {
        await using var html = new ComponentHtml();
        var rendered = new List<WeakReference>();
        for (int i = 0; i < 200; i++)
        {
            string text = await html.RenderAsync<TrackedComponent>(new Dictionary<string, object?> { ["Number"] = i, ["Track"] = rendered });
            Assert.Equal($"<p>{i}</p>", text);
        }
        Assert.Equal(200, rendered.Count);
        Collect();
        // a renderer kept for the process held every root component it drew: the kiosk's grew with every screen
        Assert.Equal(0, rendered.Count(r => r.IsAlive));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private sealed class TrackedComponent : IComponent
    {
        private RenderHandle _handle;

        [Parameter] public int Number { get; set; }
        [Parameter] public List<WeakReference>? Track { get; set; }

        public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

        public Task SetParametersAsync(ParameterView parameters)
        {
            parameters.SetParameterProperties(this);
            lock (Track!) Track.Add(new WeakReference(this));
            _handle.Render(Render);
            return Task.CompletedTask;
        }

        private void Render(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddContent(1, Number);
            builder.CloseElement();
        }
    }
}
