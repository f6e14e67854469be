using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>
/// Renders view models through a theme's Razor components with the framework's <see cref="HtmlRenderer"/>.
/// Razor encodes every string; only <see cref="Html"/> values, already made safe, are written as markup.
/// </summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;
    private readonly ITheme _theme;

    public RazorPageRenderer(ITheme theme)
    {
        _theme = theme;
        _services = new ServiceCollection().BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public Task<string> RenderAsync(PageModel model)
    {
        var component = _theme.PageComponent(model.GetType());
        return _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var output = await _renderer.RenderComponentAsync(component, parameters);
            var html = output.ToHtmlString();
            return html.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) ? html : "<!DOCTYPE html>\n" + html;
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
