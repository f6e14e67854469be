using SiteGen.Routing;

namespace SiteGen.Rendering;

/// <summary>
/// A page of the site whose view model has not been built yet. The render workers build each one just
/// before rendering it, so a build holds the view models of the pages in flight, not of the whole site
/// (at 100 councils the whole page graph is 400 MB), and the building is spread over every core.
/// </summary>
/// <param name="Path">Where the page goes; known before it is built, so an incremental build can tell which pages it may skip.</param>
/// <param name="Reads">The <see cref="PageInputs"/> keys the page shows; null when it shows something of every plan.</param>
public sealed class PendingPage(PagePath path, IReadOnlySet<string>? reads, Func<PageToRender> build)
{
    public PagePath Path => path;

    public IReadOnlySet<string>? Reads => reads;

    /// <summary>The language the page is written in, one of the site's: the words it is rendered with.</summary>
    public string? Language { get; private init; }

    /// <summary>The same pending page, marked as one of <paramref name="language"/>'s.</summary>
    public PendingPage In(string language) => new(path, reads, build) { Language = language };

    public PageToRender Build()
    {
        var page = build();
        if (page.Path != path) throw new InvalidOperationException($"The page graph placed a page at {path}, but its builder put it at {page.Path}.");
        return page;
    }

    /// <summary>
    /// Whether an edit that changed <paramref name="changed"/> can change this page, as it reads now or as it read before.
    /// When no content changed at all (only the theme did, which the cache checks page by page), no page is reached.
    /// </summary>
    public bool IsReachedBy(IReadOnlySet<string> changed, IReadOnlySet<string>? readBefore) =>
        changed.Count > 0 && (reads is null || readBefore is null || reads.Overlaps(changed) || readBefore.Overlaps(changed));
}
