using SiteGen.Rendering.Pages;

namespace SiteGen.Rendering;

/// <summary>Every page of the site, each to be built into its route and view model when it is rendered.</summary>
public static class PageGraph
{
    /// <remarks>
    /// The heaviest pages (plan overviews, indicator indexes) of each plan come first, so the workers
    /// that render them in parallel do not end the build waiting on one big page.
    /// </remarks>
    public static IReadOnlyList<PendingPage> Build(SiteContext context)
    {
        var facts = context.Facts;
        var pages = new List<PendingPage>
        {
            new(() => HomePageBuilder.Build(context)),
            new(() => SitePageBuilder.NotFound(context)),
        };
        if (context.Settings.Search.Enabled) pages.Add(new(() => SitePageBuilder.Search(context)));
        pages.AddRange(facts.Site.Pages.Select(p => new PendingPage(() => SitePageBuilder.Content(context, p))));
        pages.AddRange(context.Comparisons.Shared.Select(c => new PendingPage(() => ComparisonPageBuilder.Build(context, c.Key, c.Value))));
        pages.AddRange(facts.Site.Organisations.Where(o => facts.Site.Plans.Any(p => p.Organisation.Value == o.Id)).Select(o => new PendingPage(() => CouncilPageBuilder.Build(context, o))));

        foreach (var plan in facts.Site.Plans)
        {
            var views = context.Plans[plan];
            pages.Add(new(() => PlanPageBuilder.Build(context, views)));
            if (views.HasIndicators) pages.Add(new(() => IndicatorPageBuilder.Index(context, views)));
            pages.AddRange(plan.Objectives.Select(o => new PendingPage(() => ObjectivePageBuilder.Build(context, views, o))));
            pages.AddRange(plan.Indicators.Select(i => new PendingPage(() => IndicatorPageBuilder.Build(context, views, i))));
            if (views.HasActions) pages.Add(new(() => ActionsIndexBuilder.Build(context, views)));
            if (plan.RiskRegister is not null) pages.Add(new(() => PlanPartBuilder.Risks(context, views)));
            if (plan.Budgets.Count > 0) pages.Add(new(() => PlanPartBuilder.Budget(context, views)));
            if (plan.Glossary.Count > 0) pages.Add(new(() => PlanPartBuilder.Glossary(context, views)));
            pages.AddRange(plan.ProgressReports.Select(r => new PendingPage(() => ProgressPageBuilder.Build(context, views, r))));
        }

        return pages;
    }
}
