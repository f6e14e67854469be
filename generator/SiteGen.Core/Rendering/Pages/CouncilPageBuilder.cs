using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

public static class CouncilPageBuilder
{
    public static PageToRender Build(SiteContext site, Organisation organisation)
    {
        var path = site.Routes.Council(organisation.Id);
        return new PageToRender(path, new CouncilPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = [site.HomeCrumb(path)],
            Name = organisation.NameIn(site.Language),
            Nation = ViewKinds.Of(organisation.Nation),
            FeedHref = site.CouncilFeedHref(path, organisation.Id),
            Kind = organisation.Kind,
            Website = organisation.Website is { } w && SafeLinksExtension.IsSafe(w) ? w : null,
            RollUp = JudgementViews.RollUp(site.Facts.CouncilRollUps[organisation], site.Href(path, site.Routes.Method)),
            Plans = HomePageBuilder.PlanSummaries(site, path, site.Facts.PlansOf[organisation.Id]),
            StatisticalNeighbours = site.Facts.Neighbours[organisation]
                .Select(n => new NeighbourView(n.Name, n.OnSite is null ? null : site.Href(path, site.Routes.Council(n.OnSite.Id))))
                .ToList(),
            StatisticalNeighboursSource = organisation.StatisticalNeighboursSource,
            Contacts = organisation.Contacts.Select(ViewKinds.Of).ToList(),
        });
    }
}
