namespace SiteGen.ViewModels;

/// <summary>A page written in Markdown in content/pages/.</summary>
[PageTemplate("page")]
public sealed record ContentPageModel : PageModel
{
    public required string PageTitle { get; init; }

    public required Html Body { get; init; }
}

[PageTemplate("404")]
public sealed record NotFoundPageModel : PageModel
{
    public IReadOnlyList<Link> Councils { get; init; } = [];

    /// <summary>
    /// The theme's stylesheets, to be written into the page itself: a host serves 404.html at any address, where
    /// a link to a stylesheet may not reach it, so the page carries its own styles and looks right wherever the
    /// site is hosted.
    /// </summary>
    public Html? InlineStyles { get; init; }
}

/// <summary>The search page. Without JavaScript it points to the pages that list every indicator and action.</summary>
[PageTemplate("search")]
public sealed record SearchPageModel : PageModel
{
    public IReadOnlyList<PlanIndexLink> Indexes { get; init; } = [];
}

/// <summary>A plan's page listing all its indicators or all its actions.</summary>
public sealed record PlanIndexLink(string Plan, PlanPage Page, string Href);
