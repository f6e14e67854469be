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
            .Select(o => new CouncilSummary(o.NameIn(site.Language), site.Href(path, site.Routes.Council(o.Id)), ViewKinds.Of(o.Nation), PlanSummaries(site, path, site.Facts.PlansOf[o.Id])))
            .Where(c => c.Plans.Count > 0)
            .ToList();

        return new PageToRender(path, new HomePageModel
        {
            Description = MetaDescription.Of(site.Settings.Description),
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
                new PeriodSpan(p.Period.First.Label, p.Period.Last.Label),
                ViewKinds.Of(p.Status),
                p.Subtitle,
                p.Objectives.Count,
                p.Indicators.Count,
                p.Objectives.Sum(x => x.Actions.Count))
            {
                RollUp = JudgementViews.RollUp(site.Facts.PlanRollUps[p], site.Href(path, site.Routes.Method)),
            })
            .ToList();

    /// <summary>Dated events in the content itself, never the clock, so two builds of the same content are identical.</summary>
    private static IReadOnlyList<RecentChange> RecentChanges(SiteContext site, PagePath path)
    {
        var changes = new List<(PartialDate Date, RecentChange Change)>();
        foreach (var plan in site.Facts.Site.Plans)
        {
            var council = site.Facts.OrganisationOf(plan)?.NameIn(site.Language) ?? plan.Organisation.Value;
            var href = site.Href(path, site.Routes.Plan(plan));
            if (plan.Approval?.Date is { } approved) changes.Add((approved, new RecentChange(ViewKinds.Of(approved), RecentChangeKind.PlanApproved, plan.Title, null, href, council)));
            if (plan.Published is { } published) changes.Add((published, new RecentChange(ViewKinds.Of(published), RecentChangeKind.PlanPublished, plan.Title, null, href, council)));
            foreach (var report in plan.ProgressReports.Where(r => r.Published is not null))
            {
                changes.Add((report.Published!, new RecentChange(ViewKinds.Of(report.Published!), RecentChangeKind.ProgressReport, plan.Title, report.Period.Label, site.Href(path, site.Routes.Progress(plan, report)), council)));
            }
        }

        // Within a day, by plan and then period, so the order never depends on wording.
        return changes
            .OrderByDescending(c => (c.Date.Year, c.Date.Month, c.Date.Day ?? 0))
            .ThenBy(c => c.Change.Plan, StringComparer.Ordinal)
            .ThenBy(c => c.Change.Period is null ? 0 : 1)
            .ThenBy(c => c.Change.Period, StringComparer.Ordinal)
            .Take(RecentCount)
            .Select(c => c.Change)
            .ToList();
    }
}
