using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Rendering.Pages;

namespace SiteGen.Rendering;

/// <summary>Every page of the site with its view model: route → view model, ready for the theme.</summary>
public static class PageGraph
{
    public static IReadOnlyList<PageToRender> Build(SiteContext context)
    {
        var facts = context.Facts;
        var pages = new List<PageToRender>
        {
            HomePageBuilder.Build(context),
            SitePageBuilder.NotFound(context),
        };
        if (context.Settings.Search.Enabled) pages.Add(SitePageBuilder.Search(context));
        pages.AddRange(facts.Site.Pages.Select(p => SitePageBuilder.Content(context, p)));
        pages.AddRange(context.Comparisons.Shared.Select(c => ComparisonPageBuilder.Build(context, c.Key, c.Value)));
        pages.AddRange(facts.Site.Organisations.Where(o => facts.Site.Plans.Any(p => p.Organisation.Value == o.Id)).Select(o => CouncilPageBuilder.Build(context, o)));

        foreach (var plan in facts.Site.Plans)
        {
            var views = context.Plans[plan];
            pages.Add(PlanPageBuilder.Build(context, views));
            pages.AddRange(plan.Objectives.Select(o => ObjectivePageBuilder.Build(context, views, o)));
            if (views.HasIndicators) pages.Add(IndicatorPageBuilder.Index(context, views));
            pages.AddRange(plan.Indicators.Select(i => IndicatorPageBuilder.Build(context, views, i)));
            if (views.HasActions) pages.Add(ActionsIndexBuilder.Build(context, views));
            if (plan.RiskRegister is not null) pages.Add(PlanPartBuilder.Risks(context, views));
            if (plan.Budgets.Count > 0) pages.Add(PlanPartBuilder.Budget(context, views));
            if (plan.Glossary.Count > 0) pages.Add(PlanPartBuilder.Glossary(context, views));
            pages.AddRange(plan.ProgressReports.Select(r => ProgressPageBuilder.Build(context, views, r)));
        }

        return pages;
    }
}
