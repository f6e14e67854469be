using SiteGen.Model;
using SiteGen.Rendering.Pages;

namespace SiteGen.Rendering;

/// <summary>Every page of the site: its route, and how to build its view model when it is rendered (which records what it reads, <see cref="PendingPage"/>).</summary>
public static class PageGraph
{
    /// <remarks>
    /// The heaviest pages (plan overviews, indicator indexes) of each plan come first, so the workers
    /// that render them in parallel do not end the build waiting on one big page. Each plan's views are
    /// made once, by the first of its pages built, and shared by that plan's pages.
    /// </remarks>
    /// <summary>
    /// The pages of every language of the site, the default language's first. Another language has the site-wide
    /// pages and those of the councils that publish in it; the not-found page and the comparisons between
    /// councils are the default language's only.
    /// </summary>
    public static IReadOnlyList<PendingPage> Build(SiteContext context)
    {
        var pages = new List<PendingPage>();
        foreach (var language in context.Routes.Languages.All)
        {
            var inLanguage = OfLanguage(context.In(language));
            context.Editions.Add(language, inLanguage.Select(p => p.Path));
            pages.AddRange(inLanguage.Select(p => p.In(language)));
        }

        return pages;
    }

    private static List<PendingPage> OfLanguage(SiteContext context)
    {
        var isDefault = context.Routes.IsDefault;
        var facts = context.Facts;
        var routes = context.Routes;
        var pages = new List<PendingPage>
        {
            new(routes.Home, () => HomePageBuilder.Build(context)),
            new(routes.Method, () => MethodPageBuilder.Build(context)),
        };
        if (isDefault) pages.Add(new(routes.NotFound, () => SitePageBuilder.NotFound(context)));
        // Each language has its search page, beside its own index (Search/LanguageIndex), read by its own rules.
        if (context.Settings.Search.Enabled) pages.Add(new(routes.Search, () => SitePageBuilder.Search(context)));
        pages.Add(new(routes.OpenData, () => DataPageBuilder.Build(context)));
        pages.AddRange(facts.Site.Pages.Select(p => new PendingPage(routes.Page(p), () => SitePageBuilder.Content(context, p))));
        foreach (var definition in facts.Comparisons.Definitions.Where(_ => isDefault))
        {
            pages.Add(new(routes.Comparison(definition), () => ComparisonPageBuilder.Build(context, definition)));
        }

        foreach (var organisation in facts.Councils.Where(o => routes.Publishes(o.Id)))
        {
            pages.Add(new(routes.Council(organisation.Id), () => CouncilPageBuilder.Build(context, organisation)));
        }

        foreach (var plan in facts.Site.Plans.Where(routes.Publishes))
        {
            // Made by the first page of the plan that is built (an edit reuses most plans' pages without building them), and
            // shared by the plan's pages: what was read to make them counts for each page.
            var made = new Lazy<PlanViews>(() => new PlanViews(context, plan), LazyThreadSafetyMode.ExecutionAndPublication);

            // Every page of the plan carries its abbreviations, so the theme explains each where it first appears.
            PendingPage Page(Routing.PagePath path, Func<PlanViews, PageToRender> build) => new(path, () =>
            {
                var views = made.Value;
                ModelReads.Note(views.Reads);
                return views.Explained(build(views));
            });
            pages.Add(Page(routes.Plan(plan), views => PlanPageBuilder.Build(context, views)));
            if (PlanViews.HasIndicatorsIn(plan)) pages.Add(Page(routes.IndicatorsIndex(plan), views => IndicatorPageBuilder.Index(context, views)));
            pages.AddRange(plan.Objectives.Select(o => Page(routes.Objective(plan, o), views => ObjectivePageBuilder.Build(context, views, o))));
            pages.AddRange(plan.Indicators.Select(i => Page(routes.Indicator(plan, i), views => IndicatorPageBuilder.Build(context, views, i))));
            if (PlanViews.HasActionsIn(plan)) pages.Add(Page(routes.ActionsIndex(plan), views => ActionsIndexBuilder.Build(context, views)));
            if (plan.RiskRegister is not null) pages.Add(Page(routes.Risks(plan), views => PlanPartBuilder.Risks(context, views)));
            if (plan.Budgets.Count > 0) pages.Add(Page(routes.Budget(plan), views => PlanPartBuilder.Budget(context, views)));
            if (plan.Glossary.Count > 0) pages.Add(Page(routes.Glossary(plan), views => PlanPartBuilder.Glossary(context, views)));
            pages.AddRange(plan.ProgressReports.Select(r => Page(routes.Progress(plan, r), views => ProgressPageBuilder.Build(context, views, r))));
        }

        return pages;
    }
}
