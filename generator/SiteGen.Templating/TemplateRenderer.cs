using System.Dynamic;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Internal.Buffering;

namespace SiteGen.Templating;

/// <summary>
/// Renders a page through a theme's compiled templates in one language: the page template, the layout it
/// names and every partial it renders, all found in one <see cref="TemplateSet"/>. It stands in for
/// RazorLight's engine, which would compile on demand and encode every non-ASCII character.
/// </summary>
/// <remarks>One renderer per worker thread: it records the templates the current page used.</remarks>
public sealed class TemplateRenderer : IEngineHandler
{
    /// <summary>HTML's special characters encoded, every other character written as itself.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateSet _templates;
    private readonly Words _words;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private RenderState _state = new();
    private RazorLight.TemplateRenderer? _razor;

    private readonly bool _countWords;

    /// <param name="countWords">Keep the keys of the words each page uses (<see cref="UsedWords"/>), for serve; an ordinary build does not.</param>
    public TemplateRenderer(TemplateSet templates, Words words, bool countWords = false)
    {
        _templates = templates;
        _words = words;
        _countWords = countWords;
    }

    /// <summary>The words the last page used, when counting them; otherwise null.</summary>
    public IReadOnlyCollection<string>? UsedWords => _state.Words;

    /// <summary>The templates the last page rendered used, layout and partials included.</summary>
    public IReadOnlyCollection<string> Used => _used;

    /// <summary>The template started last; when rendering fails, the one most likely at fault.</summary>
    public string? Running { get; private set; }

    public RazorLightOptions Options { get; } = new();

    ICachingProvider IEngineHandler.Cache => null!;

    IRazorTemplateCompiler IEngineHandler.Compiler => null!;

    ITemplateFactoryProvider IEngineHandler.FactoryProvider => null!;

    bool IEngineHandler.IsCachingEnabled => false;

    /// <summary>Renders <paramref name="model"/> with the template <paramref name="key"/> into <paramref name="writer"/>.</summary>
    public async Task RenderAsync(string key, object model, TextWriter writer)
    {
        _used.Clear();
        Running = null;
        _state = new RenderState
        {
            Words = _countWords ? new HashSet<string>(StringComparer.Ordinal) : null,
            Abbreviations = new PageAbbreviations((model as ViewModels.PageModel)?.Abbreviations ?? []),
            ContentLanguage = (model as ViewModels.PageModel)?.Site.ContentLanguage,
            Translations = (model as ViewModels.PageModel)?.Site.Translations ?? new Dictionary<string, string>(),
            Include = IncludeAsync,
        };
        var page = Create(key);
        Attach(page, model, writer);
        using var scope = new MemoryPoolViewBufferScope();
        _razor = new RazorLight.TemplateRenderer(this, Encoder, scope);
        try
        {
            await _razor.RenderAsync(page).ConfigureAwait(false);
        }
        finally
        {
            _razor = null;
        }
    }

    /// <summary>A partial, rendered as RazorLight renders an included template, with the page's buffers.</summary>
    private Task IncludeAsync(string key, object? model, TextWriter writer)
    {
        var page = Create(key);
        Attach(page, model, writer);
        return (_razor ?? throw new InvalidOperationException($"{key} was asked for outside a page.")).RenderAsync(page);
    }

    /// <summary>RazorLight asks for a layout or a partial by key: it comes from the same set, never compiled here.</summary>
    public Task<ITemplatePage> CompileTemplateAsync(string key) => Task.FromResult(Create(key));

    public Task RenderIncludedTemplateAsync<T>(ITemplatePage templatePage, T model, TextWriter textWriter, ExpandoObject viewBag, RazorLight.TemplateRenderer templateRenderer)
    {
        Attach(templatePage, model, textWriter);
        return templateRenderer.RenderAsync(templatePage);
    }

    Task<string> IEngineHandler.CompileRenderAsync<T>(string key, T model, ExpandoObject viewBag) => throw new NotSupportedException();

    Task<string> IEngineHandler.CompileRenderStringAsync<T>(string key, string content, T model, ExpandoObject viewBag) => throw new NotSupportedException();

    Task<string> IEngineHandler.RenderTemplateAsync<T>(ITemplatePage templatePage, T model, ExpandoObject viewBag) => throw new NotSupportedException();

    Task IEngineHandler.RenderTemplateAsync<T>(ITemplatePage templatePage, T model, TextWriter textWriter, ExpandoObject viewBag) => throw new NotSupportedException();

    private ITemplatePage Create(string key)
    {
        Running = key;
        var page = _templates.Create(key);
        _used.Add(key);
        var basePage = (TemplatePageBase)page;
        basePage.HtmlEncoder = Encoder;
        if (page is IThemePage themed) themed.Attach(_words, _state);
        return page;
    }

    private static void Attach(ITemplatePage page, object? model, TextWriter writer)
    {
        page.SetModel(model!);
        page.PageContext = new PageContext(null!) { ExecutingPageKey = page.Key, Writer = writer, Model = model! };
    }
}
