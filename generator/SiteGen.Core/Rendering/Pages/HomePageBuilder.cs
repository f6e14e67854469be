using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

public static class HomePageBuilder
{
    private const int RecentCount = 6;

    public static PageToRender Build(SiteContext site)
    {
        var path = site.Routes.Home;
        var councils = site.Facts.Site.Organisations
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new CouncilSummary(o.Name, site.Href(path, site.Routes.Council(o.Id)), o.Nation.ToString(), PlanSummaries(site, path, site.Facts.PlansOf[o.Id])))
            .Where(c => c.Plans.Count > 0)
            .ToList();

        return new PageToRender(path, new HomePageModel
        {
            Title = site.Settings.Title,
            Description = site.Settings.Description,
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Councils = councils,
            RecentlyChanged = RecentChanges(site, path),
        });
    }

    public static IReadOnlyList<PlanSummary> PlanSummaries(SiteContext site, PagePath path, IEnumerable<Plan> plans) =>
        plans
            .OrderByDescending(p => p.Period.Last.SortKey)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .Select(p => new PlanSummary(
                p.Title,
                site.Href(path, site.Routes.Plan(p)),
                p.Kind,
                p.Period.ToString(),
                Words.Of(p.Status),
                p.Subtitle,
                p.Objectives.Count,
                p.Indicators.Count,
                p.Objectives.Sum(x => x.Actions.Count)))
            .ToList();

    /// <summary>Dated events in the content itself, never the clock, so two builds of the same content are identical.</summary>
    private static IReadOnlyList<RecentChange> RecentChanges(SiteContext site, PagePath path)
    {
        var changes = new List<(PartialDate Date, RecentChange Change)>();
        foreach (var plan in site.Facts.Site.Plans)
        {
            var council = site.Facts.OrganisationOf(plan)?.Name ?? plan.Organisation.Value;
            var link = new Link(plan.Title, site.Href(path, site.Routes.Plan(plan)));
            if (plan.Approval?.Date is { } approved) changes.Add((approved, new RecentChange(approved.ToString(), "Plan approved", link, council)));
            if (plan.Published is { } published) changes.Add((published, new RecentChange(published.ToString(), "Plan published", link, council)));
            foreach (var report in plan.ProgressReports.Where(r => r.Published is not null))
            {
                changes.Add((report.Published!, new RecentChange(report.Published!.ToString(), $"Progress report {report.Period}", new Link($"{plan.Title}: {report.Period}", site.Href(path, site.Routes.Progress(plan, report))), council)));
            }
        }

        return changes
            .OrderByDescending(c => (c.Date.Year, c.Date.Month, c.Date.Day ?? 0))
            .ThenBy(c => c.Change.Item.Text, StringComparer.Ordinal)
            .Take(RecentCount)
            .Select(c => c.Change)
            .ToList();
    }
}
