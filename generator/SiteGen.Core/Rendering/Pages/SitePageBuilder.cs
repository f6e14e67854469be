using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>Pages that belong to the site rather than a plan: Markdown pages, search, and not-found.</summary>
public static class SitePageBuilder
{
    public static PageToRender Content(SiteContext site, NarrativeSection page)
    {
        var path = site.Routes.Page(page);

        // A page with a translation in the page's language shows it, and nothing on it falls back to the default language's text but the site's title.
        var translation = site.Routes.IsDefault ? null : page.In(site.Language);
        page = translation ?? page;
        var chrome = site.Chrome(path);
        return new PageToRender(path, new ContentPageModel
        {
            PageTitle = page.Title,
            Site = translation is null ? chrome : chrome with { ContentLanguage = null },
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Description = MetaDescription.Of(page.Markdown),
            Breadcrumbs = [site.HomeCrumb(path)],
            Body = MarkdownRenderer.ToHtml(page.Markdown, topLevel: 2, tableCaption: page.Title) ?? new Html(string.Empty),
        });
    }

    public static PageToRender Search(SiteContext site)
    {
        var path = site.Routes.Search;
        return new PageToRender(path, new SearchPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = [site.HomeCrumb(path)],
            Indexes = site.Facts.Site.Plans
                .SelectMany(p => new[]
                {
                    p.Indicators.Count > 0 ? new PlanIndexLink(p.Title, PlanPage.Indicators, site.Href(path, site.Routes.IndicatorsIndex(p))) : null,
                    p.Objectives.Any(o => o.Actions.Count > 0) ? new PlanIndexLink(p.Title, PlanPage.Actions, site.Href(path, site.Routes.ActionsIndex(p))) : null,
                })
                .OfType<PlanIndexLink>()
                .ToList(),
        });
    }

    /// <summary>
    /// A host serves 404.html for any missing address, at any depth, so relative links cannot work
    /// there. With base_url its links are absolute; without, they assume the page is shown at the root.
    /// Its styles are written into the page too, so it is styled wherever it is shown.
    /// </summary>
    public static PageToRender NotFound(SiteContext site)
    {
        var path = site.Routes.NotFound;
        var model = new NotFoundPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            Councils = site.Facts.Councils
                .OrderBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => new Link(o.NameIn(site.Language), site.Href(path, site.Routes.Council(o.Id))))
                .ToList(),

            // A stylesheet that closed the style element early would end it: such a theme gets the links alone.
            InlineStyles = site.StylesheetTexts.Count == 0 || site.StylesheetTexts.Any(css => css.Contains("</", StringComparison.Ordinal))
                ? null
                : new Html(string.Join("\n", site.StylesheetTexts)),
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
                    Icon = model.Site.Icon is null ? null : Absolute(model.Site.Icon),
                    FeedHref = model.Site.FeedHref is null ? null : Absolute(model.Site.FeedHref),
                    OpenDataHref = model.Site.OpenDataHref is null ? null : Absolute(model.Site.OpenDataHref),
                },
                Councils = model.Councils.Select(c => c with { Href = Absolute(c.Href) }).ToList(),
            };
        }

        return new PageToRender(path, model);
    }
}
