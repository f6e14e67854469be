using System.Collections.Concurrent;
using SiteGen.Routing;

namespace SiteGen.Rendering;

/// <summary>
/// Which pages exist in which language, so that each page can link to itself in the others (the switcher,
/// <c>hreflang</c>, the sitemap). Filled by the page graph before any page is built.
/// </summary>
public sealed class PageEditions
{
    private readonly ConcurrentDictionary<string, HashSet<PagePath>> _pages = new(StringComparer.Ordinal);

    public void Add(string language, IEnumerable<PagePath> paths) =>
        _pages.GetOrAdd(language, _ => []).UnionWith(paths);

    public bool Exists(string language, PagePath path) => _pages.TryGetValue(language, out var paths) && paths.Contains(path);

    /// <summary>The page at <paramref name="path"/> of <paramref name="routes"/>' language in every language it exists in, the default first.</summary>
    public IReadOnlyList<(string Language, PagePath Path)> Of(PagePath path, SiteRoutes routes) =>
        routes.Languages.All
            .Select(language => (Language: language, Path: routes.Counterpart(path, routes.In(language))))
            .Where(e => Exists(e.Language, e.Path))
            .ToList();
}
