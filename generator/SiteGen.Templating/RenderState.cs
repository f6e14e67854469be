namespace SiteGen.Templating;

/// <summary>
/// What the templates of one page share while it renders: the page's title, which the page template sets
/// and its layout reads (as <c>ViewData["Title"]</c> is used in ASP.NET), the page's abbreviations with
/// those already explained, so each is spelt out once, where it first appears, and, when the renderer keeps
/// count, the words the page used.
/// </summary>
public sealed class RenderState
{
    public string? Title { get; set; }

    /// <summary>The page's title with the content's text in it marked with its language, for its heading and breadcrumb.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent? Heading { get; set; }

    /// <summary>The keys of the words the page used; null when nobody asked (an ordinary build).</summary>
    public HashSet<string>? Words { get; init; }

    public PageAbbreviations Abbreviations { get; init; } = new([]);

    /// <summary>The language the page's content is in where it is not the page's own (no translation yet); null when it is.</summary>
    public string? ContentLanguage { get; init; }

    /// <summary>The content's texts given in the page's language, by their default language's text (<c>SiteChrome.Translations</c>).</summary>
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>();

    /// <summary>Renders a template of the page's theme chain in place, with a model, into a writer: what <c>Partial</c> calls.</summary>
    internal Func<string, object?, TextWriter, Task>? Include { get; init; }
}
