using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Routing;

namespace SiteGen.Search;

/// <summary>
/// The one entry point for a language's search index: that language's documents (from the derived
/// facts, addressed by that language's routes), read by that language's rules, written beside that
/// language's search page (<c>search/</c> for the default language, as always; <c>cy/search/</c> for
/// Welsh once the Welsh routes put the Welsh search page there), so the page's client finds its index
/// with no setting. Call it once per language the site publishes in, with that language's routes.
/// </summary>
public static class LanguageIndex
{
    public static IReadOnlyList<SearchIndexBuilder.IndexFile> Files(SiteFacts facts, SiteRoutes routes, SiteSettings settings, string language)
    {
        var linker = new Linker(settings.LinkStyle);
        var documents = SearchDocuments.From(facts, routes, language);
        var folder = routes.Search.Folder.TrimEnd('/');
        return SearchIndexBuilder.Build(documents, settings.Search, url => FromSearchPage(linker, routes, url), SearchLanguage.For(language), folder);
    }

    /// <summary>A document's link as the search page, one folder down, must write it, in the site's link style.</summary>
    private static string FromSearchPage(Linker linker, SiteRoutes routes, string url)
    {
        var hash = url.IndexOf('#');
        var (address, anchor) = hash < 0 ? (url, string.Empty) : (url[..hash], url[hash..]);
        return linker.Href(routes.Search, PagePath.FromAddress(address)) + anchor;
    }
}
