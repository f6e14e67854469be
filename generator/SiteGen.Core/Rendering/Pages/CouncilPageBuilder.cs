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
            Title = organisation.Name,
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = [site.HomeCrumb(path)],
            Name = organisation.Name,
            Nation = organisation.Nation.ToString(),
            Kind = organisation.Kind,
            Website = organisation.Website is { } w && SafeLinksExtension.IsSafe(w) ? w : null,
            Plans = HomePageBuilder.PlanSummaries(site, path, site.Facts.PlansOf[organisation.Id]),
            StatisticalNeighbours = site.Facts.Neighbours[organisation]
                .Select(n => new Link(n.Name, n.OnSite is null ? string.Empty : site.Href(path, site.Routes.Council(n.OnSite.Id))))
                .ToList(),
            StatisticalNeighboursSource = organisation.StatisticalNeighboursSource,
            Contacts = organisation.Contacts.Select(c => string.Join(", ", new[] { c.Name, c.Role, c.Email, c.Phone, c.Address }.OfType<string>())).ToList(),
        });
    }
}
