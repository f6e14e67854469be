using System.Text;
using SiteGen.Templating;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>
/// Renders view models through the theme's compiled templates into UTF-8, one page at a time, for one
/// render worker. Razor encodes every string; only <see cref="Html"/> values, already made safe, are
/// written as markup.
/// </summary>
/// <remarks>
/// Pages are written as UTF-8 straight into one buffer the renderer reuses, rather than into a string that
/// is then encoded: a page is about 16 KB, and at 23,000 pages the two copies were a gigabyte of garbage.
/// </remarks>
public sealed class ThemePageRenderer : IDisposable
{
    private const string Doctype = "<!DOCTYPE html>\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TemplateRenderer _templates;
    private readonly MemoryStream _page = new();
    private readonly StreamWriter _writer;

    /// <param name="countWords">Keep the words each page uses, so serve can tell which pages an edited word reaches.</param>
    public ThemePageRenderer(TemplateSet templates, Templating.Words words, bool countWords = false)
    {
        _templates = new TemplateRenderer(templates, words, countWords);
        _writer = new StreamWriter(_page, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
    }

    /// <summary>The templates the last page used: its own, its layout and every partial.</summary>
    public IReadOnlyCollection<string> UsedTemplates => _templates.Used;

    /// <summary>The words the last page used, when counting them.</summary>
    public IReadOnlyCollection<string>? UsedWords => _templates.UsedWords;

    /// <summary>The template that started last: the one that was running if rendering failed.</summary>
    public string? RunningTemplate => _templates.Running;

    /// <summary>The page as UTF-8, starting with a doctype. The bytes are valid until the next call.</summary>
    public async Task<ReadOnlyMemory<byte>> RenderAsync(PageModel model)
    {
        _page.SetLength(0);
        _writer.Write(Doctype);
        await _templates.RenderAsync(PageTemplates.For(model), model, _writer);
        _writer.Flush();

        // A theme whose layout writes its own doctype keeps it, and does not get a second one.
        var bytes = new ReadOnlyMemory<byte>(_page.GetBuffer(), 0, (int)_page.Length);
        var own = bytes[Doctype.Length..];
        return StartsWithDoctype(own.Span) ? own : bytes;
    }

    private static bool StartsWithDoctype(ReadOnlySpan<byte> html) =>
        html.Length >= 9 && Ascii.EqualsIgnoreCase(html[..9], "<!DOCTYPE"u8);

    public void Dispose()
    {
        _writer.Dispose();
        _page.Dispose();
    }
}
