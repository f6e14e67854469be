using SiteGen.Rendering.Charts;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>The plan's register, budget and glossary pages.</summary>
public static class PlanPartBuilder
{
    public static PageToRender Risks(SiteContext site, PlanViews views)
    {
        var plan = views.Plan;
        var path = site.Routes.Risks(plan);
        return new PageToRender(path, new RiskRegisterPageModel
        {
            RegisterTitle = plan.RiskRegister?.Title,
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, PlanPage.Risks),
            Scale = views.RiskScale(),
            Matrix = RiskMatrixBuilder.Build(plan.RiskScale, plan.RiskRegister?.Risks ?? [], r => "#" + site.Routes.RiskAnchor(r), "risk-matrix", "risk-register"),
            Risks = (plan.RiskRegister?.Risks ?? []).Select(views.Risk).ToList(),
        });
    }

    public static PageToRender Budget(SiteContext site, PlanViews views)
    {
        var plan = views.Plan;
        var path = site.Routes.Budget(plan);
        return new PageToRender(path, new BudgetPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, PlanPage.Budget),
            Budgets = plan.Budgets.Select(views.Budget).ToList(),
        });
    }

    public static PageToRender Glossary(SiteContext site, PlanViews views)
    {
        var plan = views.Plan;
        var path = site.Routes.Glossary(plan);
        return new PageToRender(path, new GlossaryPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, PlanPage.Glossary),
            Terms = Summaries.Glossary(plan),
        });
    }
}
