using SiteGen.Model;
using SiteGen.Routing;

namespace SiteGen.Rendering;

/// <summary>
/// A page of the site whose view model has not been built yet. The render workers build each one just
/// before rendering it, so a build holds the view models of the pages in flight, not of the whole site
/// (at 100 councils the whole page graph is 400 MB), and the building is spread over every core.
/// </summary>
/// <remarks>
/// While the view model is built, every read of the content through the model and the derived facts is recorded
/// (<see cref="ModelReads"/>): the keys <c>sitegen serve</c> compares with what the next edit changed. Nobody declares
/// what a page reads. A builder that uses something made once for several pages (a plan's <see cref="PlanViews"/>)
/// notes what was read to make it (<see cref="ModelReads.Note(ModelReads)"/>).
/// </remarks>
/// <param name="path">Where the page goes; known before it is built, so an incremental build can tell which pages it may skip.</param>
public sealed class PendingPage(PagePath path, Func<PageToRender> build)
{
    public PagePath Path => path;

    /// <summary>What the page read of the content while it was built; null until it is.</summary>
    public IReadOnlySet<string>? Reads { get; private set; }

    /// <summary>The language the page is written in, one of the site's: the words it is rendered with.</summary>
    public string? Language { get; private init; }

    /// <summary>The same pending page, marked as one of <paramref name="language"/>'s.</summary>
    public PendingPage In(string language) => new(path, build) { Language = language };

    /// <param name="recordReads">
    /// Whether to record what the page reads: only an incremental build (serve) compares reads with an edit, so a
    /// one-off build, which makes tens of thousands of pages, does not keep a set of keys for each.
    /// </param>
    public PageToRender Build(bool recordReads = true)
    {
        PageToRender page;
        if (recordReads)
        {
            var reads = new ModelReads();
            using (reads.Record()) page = build();
            Reads = reads.Keys;
        }
        else
        {
            page = build();
        }

        if (page.Path != path) throw new InvalidOperationException($"The page graph placed a page at {path}, but its builder put it at {page.Path}.");
        return page;
    }
}
