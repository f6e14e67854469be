using SiteGen.Rendering.Pages;

namespace SiteGen.Rendering;

/// <summary>Every page of the site: its route, what it reads, and how to build its view model when it is rendered.</summary>
public static class PageGraph
{
    private static readonly IReadOnlySet<string> SiteWideOnly = new HashSet<string>();

    /// <remarks>
    /// The heaviest pages (plan overviews, indicator indexes) of each plan come first, so the workers
    /// that render them in parallel do not end the build waiting on one big page.
    /// </remarks>
    public static IReadOnlyList<PendingPage> Build(SiteContext context)
    {
        var facts = context.Facts;
        var pages = new List<PendingPage>
        {
            new(Routes.Home, null, () => HomePageBuilder.Build(context)),
            new(Routes.NotFound, null, () => SitePageBuilder.NotFound(context)),
        };
        if (context.Settings.Search.Enabled) pages.Add(new(Routes.Search, null, () => SitePageBuilder.Search(context)));
        pages.AddRange(facts.Site.Pages.Select(p => new PendingPage(Routes.Page(p), SiteWideOnly, () => SitePageBuilder.Content(context, p))));
        foreach (var (definition, reports) in context.Comparisons.Shared)
        {
            var reads = reports.Select(r => PageInputs.Plan(r.Plan.Id)).Append(PageInputs.Shared(definition)).ToHashSet(StringComparer.Ordinal);
            pages.Add(new(Routes.Comparison(definition), reads, () => ComparisonPageBuilder.Build(context, definition, reports)));
        }

        var plansOf = facts.Site.Plans.ToLookup(p => p.Organisation.Value, StringComparer.Ordinal);
        foreach (var organisation in facts.Site.Organisations.Where(o => plansOf.Contains(o.Id)))
        {
            var reads = plansOf[organisation.Id].Select(p => PageInputs.Plan(p.Id)).Append(PageInputs.Councils).ToHashSet(StringComparer.Ordinal);
            pages.Add(new(Routes.Council(organisation.Id), reads, () => CouncilPageBuilder.Build(context, organisation)));
        }

        foreach (var plan in facts.Site.Plans)
        {
            var views = context.Plans[plan];
            var reads = PageInputs.OfPlanPages(plan, facts);
            pages.Add(new(Routes.Plan(plan), reads, () => PlanPageBuilder.Build(context, views)));
            if (views.HasIndicators) pages.Add(new(Routes.IndicatorsIndex(plan), reads, () => IndicatorPageBuilder.Index(context, views)));
            pages.AddRange(plan.Objectives.Select(o => new PendingPage(views.ObjectivePath(o), reads, () => ObjectivePageBuilder.Build(context, views, o))));
            pages.AddRange(plan.Indicators.Select(i => new PendingPage(views.IndicatorPath(i), reads, () => IndicatorPageBuilder.Build(context, views, i))));
            if (views.HasActions) pages.Add(new(Routes.ActionsIndex(plan), reads, () => ActionsIndexBuilder.Build(context, views)));
            if (plan.RiskRegister is not null) pages.Add(new(Routes.Risks(plan), reads, () => PlanPartBuilder.Risks(context, views)));
            if (plan.Budgets.Count > 0) pages.Add(new(Routes.Budget(plan), reads, () => PlanPartBuilder.Budget(context, views)));
            if (plan.Glossary.Count > 0) pages.Add(new(Routes.Glossary(plan), reads, () => PlanPartBuilder.Glossary(context, views)));
            pages.AddRange(plan.ProgressReports.Select(r => new PendingPage(Routes.Progress(plan, r), reads, () => ProgressPageBuilder.Build(context, views, r))));
        }

        return pages;
    }
}
