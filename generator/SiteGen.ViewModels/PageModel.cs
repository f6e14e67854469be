namespace SiteGen.ViewModels;

/// <summary>
/// What every page has: the site's chrome and its place in the site, with links made relative to this page.
/// A page's title is its template's to word (<c>@{ Title = …; }</c>) from the data its model carries.
/// </summary>
public abstract record PageModel
{
    public required SiteChrome Site { get; init; }

    /// <summary>The path from this page back to the site root (<c>../../</c>), so the site works under any folder and from disk.</summary>
    public required string Root { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary>The trail to this page, not counting the page itself.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>The page's summary from the content, for search engines' snippets; the theme words one where the content has none.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Abbreviations the page's text may use, with their meanings (the plan's glossary, the shared definition sets'
    /// abbreviations): the theme explains each where it first appears on the page.
    /// </summary>
    public IReadOnlyList<LabelledText> Abbreviations { get; init; } = [];

    /// <summary>The sets of figures the page publishes, for its structured data (indicator pages, the data page).</summary>
    public IReadOnlyList<DatasetView> Datasets { get; init; } = [];
}

/// <summary>
/// The site-wide parts of a page. <see cref="SearchHref"/> is where the header's search box submits;
/// <see cref="Pages"/> are the Markdown pages linked from every footer.
/// </summary>
public sealed record SiteChrome(
    string Title,
    string Language,
    string HomeHref,
    string? SearchHref,
    IReadOnlyList<Link> Pages,
    IReadOnlyList<string> Stylesheets,
    IReadOnlyList<string> Scripts)
{
    /// <summary>The site's icon (the theme's <c>assets/favicon.svg</c>), shown in browser tabs and bookmarks; null when the theme has none.</summary>
    public string? Icon { get; init; }

    /// <summary>The site's Atom feed of what changed, linked in every page's head; null when nothing is dated.</summary>
    public string? FeedHref { get; init; }

    /// <summary>The page listing every download of the site.</summary>
    public string? OpenDataHref { get; init; }

    /// <summary>The page in each language it exists in, the site's default language first; empty when it exists in one only.</summary>
    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

    /// <summary>
    /// The language the page's content (plans, councils, Markdown pages) is written in where it differs from
    /// <see cref="Language"/> because the content has no translation yet; null when the content is in the page's language.
    /// </summary>
    public string? ContentLanguage { get; init; }

    /// <summary>
    /// The content's texts given in the page's language, by their text in the content's default language (as gettext
    /// finds a message by its English): the theme shows a text found here in the page's language, unmarked, and any
    /// other text of the content as it is, marked as <see cref="ContentLanguage"/>. Empty on the default language's pages.
    /// </summary>
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>();

    /// <summary>The language of the site's own title where it differs from the page's (the site's title has no translation yet); null when it is the page's.</summary>
    public string? TitleLanguage { get; init; }
}
