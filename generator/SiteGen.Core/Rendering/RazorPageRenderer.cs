using System.Text;
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
/// <remarks>
/// <see cref="HtmlRenderer"/> keeps every root component it has rendered until it is disposed, so a
/// renderer that renders a whole site holds every page in memory (2.4 GB per 10,000 pages in the
/// build benchmark). Each renderer is therefore replaced after <see cref="PagesPerRenderer"/> pages.
/// Pages are written as UTF-8 straight into one buffer the renderer reuses, rather than into a string
/// that is then encoded: a page is about 16 KB, and at 23,000 pages the two copies were a gigabyte of garbage.
/// </remarks>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    private const int PagesPerRenderer = 50;
    private const string Doctype = "<!DOCTYPE html>\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ServiceProvider _services;
    private readonly ITheme _theme;
    private readonly MemoryStream _page = new();
    private readonly StreamWriter _writer;
    private HtmlRenderer _renderer;
    private int _rendered;

    public RazorPageRenderer(ITheme theme)
    {
        _theme = theme;
        _services = new ServiceCollection().BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        _writer = new StreamWriter(_page, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
    }

    /// <summary>The page as UTF-8, starting with a doctype.</summary>
    /// <remarks>One page at a time: a renderer belongs to one worker. The bytes are valid until the next call.</remarks>
    public async Task<ReadOnlyMemory<byte>> RenderAsync(PageModel model)
    {
        if (++_rendered > PagesPerRenderer)
        {
            await _renderer.DisposeAsync();
            _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
            _rendered = 1;
        }

        _page.SetLength(0);
        _writer.Write(Doctype);
        var component = _theme.PageComponent(model.GetType());
        await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var output = await _renderer.RenderComponentAsync(component, parameters);
            output.WriteHtmlTo(_writer);
        });
        _writer.Flush();

        // A theme whose layout writes its own doctype keeps it, and does not get a second one.
        var bytes = new ReadOnlyMemory<byte>(_page.GetBuffer(), 0, (int)_page.Length);
        var own = bytes[Doctype.Length..];
        return StartsWithDoctype(own.Span) ? own : bytes;
    }

    private static bool StartsWithDoctype(ReadOnlySpan<byte> html) =>
        html.Length >= 9 && Ascii.EqualsIgnoreCase(html[..9], "<!DOCTYPE"u8);

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
        await _writer.DisposeAsync();
        await _page.DisposeAsync();
    }
}
