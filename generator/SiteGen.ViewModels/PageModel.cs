namespace SiteGen.ViewModels;

/// <summary>What every page has: its title, the site's chrome, and links made relative to this page.</summary>
public abstract record PageModel
{
    public required string Title { get; init; }

    public required SiteChrome Site { get; init; }

    /// <summary>The path from this page back to the site root (<c>../../</c>), so the site works under any folder and from disk.</summary>
    public required string Root { get; init; }

    public string? CanonicalUrl { get; init; }

    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];

    public string? Description { get; init; }
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
    IReadOnlyList<string> Scripts);
