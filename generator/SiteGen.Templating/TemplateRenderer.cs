using System.Dynamic;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;

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
    private readonly PageBuffers _buffers = new();
    private RenderState _state = new();

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
    /// <remarks>
    /// The page template writes into a buffer, and its layout (and a layout's own layout, if it names one) into the
    /// next, with the buffer before as its body; only the outermost is copied to <paramref name="writer"/>. Partials
    /// write straight into whatever their caller is writing. RazorLight's own renderer gave every template, partials
    /// included, a buffer of its own — a list of the strings written, copied out again, value by value, through an
    /// asynchronous writer — which was the larger part of the time a page took to render. Layouts and sections
    /// behave as RazorLight's do: the same page context, with its sections handed to the layout, and a layout that
    /// neither renders the body nor a section it was given is an error.
    /// </remarks>
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
        var level = 0;
        var body = _buffers.Take(level);
        var context = new PageContext(null!) { ExecutingPageKey = page.Key, Writer = body, Model = model };
        await ExecuteAsync(page, model, context);

        List<ITemplatePage>? layouts = null;
        while (!string.IsNullOrEmpty(page.Layout))
        {
            var layout = Create(page.Layout);
            layouts ??= [];
            if (layouts.Exists(l => string.Equals(l.Key, layout.Key, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"the layout '{layout.Key}' is named again by '{page.Key}', so the layouts would wrap each other for ever; a layout may name another layout, never one already wrapping the page");
            }

            page.IsLayoutBeingRendered = true;
            layout.PreviousSectionWriters = page.SectionWriters;
            layout.BodyContent = new BufferedHtml(body.GetStringBuilder());
            body = _buffers.Take(++level);
            context.Writer = body;
            context.ExecutingPageKey = layout.Key;
            await ExecuteAsync(layout, model, context);
            layouts.Add(layout);
            page = layout;
        }

        foreach (var layout in layouts ?? [])
        {
            try
            {
                layout.EnsureRenderedBodyOrSections();
            }
            catch (InvalidOperationException e)
            {
                throw new LayoutIncompleteException(layout.Key, e.Message);
            }
        }

        writer.Write(body.GetStringBuilder());
    }

    /// <summary>A partial, written straight into its caller's writer.</summary>
    private async Task IncludeAsync(string key, object? model, TextWriter writer)
    {
        var page = Create(key);
        await ExecuteAsync(page, model, new PageContext(null!) { ExecutingPageKey = page.Key, Writer = writer, Model = model! });
        if (!string.IsNullOrEmpty(page.Layout))
        {
            throw new PartialLayoutException(key, page.Layout);
        }
    }

    private Task ExecuteAsync(ITemplatePage page, object? model, PageContext context)
    {
        page.SetModel(model!);
        page.PageContext = context;
        // RazorLight's own way to include a template (`@await IncludeAsync(…)`), for themes written for it.
        page.IncludeFunc = (key, included) => IncludeAsync(key, included, context.Writer);
        return page.ExecuteAsync();
    }

    /// <summary>RazorLight asks for a layout or a partial by key: it comes from the same set, never compiled here.</summary>
    public Task<ITemplatePage> CompileTemplateAsync(string key) => Task.FromResult(Create(key));

    public Task RenderIncludedTemplateAsync<T>(ITemplatePage templatePage, T model, TextWriter textWriter, ExpandoObject viewBag, RazorLight.TemplateRenderer templateRenderer) =>
        IncludeAsync(templatePage.Key, model, textWriter);

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
}
