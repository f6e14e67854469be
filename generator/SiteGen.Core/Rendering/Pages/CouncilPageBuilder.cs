using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

public static class CouncilPageBuilder
{
    public static PageToRender Build(SiteContext site, Organisation organisation)
    {
        var path = site.Routes.Council(organisation.Id);
        var councilsByName = site.Facts.Councils
            .SelectMany(o => new[] { (Key: o.Name, Org: o), (Key: o.ShortName ?? o.Name, Org: o) })
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Org, StringComparer.OrdinalIgnoreCase);

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
            StatisticalNeighbours = organisation.StatisticalNeighbours
                .Select(n => councilsByName.TryGetValue(n, out var other) ? new Link(n, site.Href(path, site.Routes.Council(other.Id))) : new Link(n, string.Empty))
                .ToList(),
            StatisticalNeighboursSource = organisation.StatisticalNeighboursSource,
            Contacts = organisation.Contacts.Select(c => string.Join(", ", new[] { c.Name, c.Role, c.Email, c.Phone, c.Address }.OfType<string>())).ToList(),
        });
    }
}
