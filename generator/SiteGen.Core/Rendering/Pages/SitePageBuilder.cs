using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>Pages that belong to the site rather than a plan: Markdown pages, search, and not-found.</summary>
public static class SitePageBuilder
{
    public static PageToRender Content(SiteContext site, NarrativeSection page)
    {
        var path = Routes.Page(page);
        return new PageToRender(path, new ContentPageModel
        {
            Title = page.Title,
            Site = site.Chrome(path),
            Root = Routes.RootFrom(path),
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = [site.HomeCrumb(path)],
            Body = MarkdownRenderer.ToHtml(page.Markdown, topLevel: 2, tableCaption: page.Title) ?? new Html(string.Empty),
        });
    }

    public static PageToRender Search(SiteContext site)
    {
        const string path = Routes.Search;
        return new PageToRender(path, new SearchPageModel
        {
            Title = "Search",
            Site = site.Chrome(path),
            Root = Routes.RootFrom(path),
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = [site.HomeCrumb(path)],
            Indexes = site.Plans.Values
                .SelectMany(v => new[]
                {
                    v.HasIndicators ? new Link($"{v.Plan.Title}: indicators", site.Href(path, Routes.IndicatorsIndex(v.Plan))) : null,
                    v.HasActions ? new Link($"{v.Plan.Title}: actions", site.Href(path, Routes.ActionsIndex(v.Plan))) : null,
                })
                .OfType<Link>()
                .ToList(),
        });
    }

    /// <summary>
    /// A host serves 404.html for any missing address, at any depth, so relative links cannot work
    /// there. With base_url its links are absolute; without, they assume the page is shown at the root.
    /// </summary>
    public static PageToRender NotFound(SiteContext site)
    {
        const string path = Routes.NotFound;
        var model = new NotFoundPageModel
        {
            Title = "Page not found",
            Site = site.Chrome(path),
            Root = Routes.RootFrom(path),
            Councils = site.Facts.Site.Organisations
                .Where(o => site.Facts.Site.Plans.Any(p => p.Organisation.Value == o.Id))
                .OrderBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => new Link(o.Name, site.Href(path, Routes.Council(o.Id))))
                .ToList(),
        };

        if (site.Settings.BaseUrl is { } baseUrl)
        {
            string Absolute(string href) => href.StartsWith("http", StringComparison.Ordinal) ? href : baseUrl + (href == "./" ? string.Empty : href);
            model = model with
            {
                Site = model.Site with
                {
                    HomeHref = Absolute(model.Site.HomeHref),
                    SearchHref = model.Site.SearchHref is null ? null : Absolute(model.Site.SearchHref),
                    Pages = model.Site.Pages.Select(p => p with { Href = Absolute(p.Href) }).ToList(),
                    Stylesheets = model.Site.Stylesheets.Select(Absolute).ToList(),
                    Scripts = model.Site.Scripts.Select(Absolute).ToList(),
                },
                Councils = model.Councils.Select(c => c with { Href = Absolute(c.Href) }).ToList(),
            };
        }

        return new PageToRender(path, model);
    }
}
