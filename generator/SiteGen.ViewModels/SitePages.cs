namespace SiteGen.ViewModels;

/// <summary>A page written in Markdown in content/pages/.</summary>
public sealed record ContentPageModel : PageModel
{
    public required Html Body { get; init; }
}

public sealed record NotFoundPageModel : PageModel
{
    public IReadOnlyList<Link> Councils { get; init; } = [];
}

/// <summary>The search page. Search itself is a later piece of work; without it the page points to the indexes.</summary>
public sealed record SearchPageModel : PageModel
{
    public IReadOnlyList<Link> Indexes { get; init; } = [];
}
