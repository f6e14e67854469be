using SiteGen.Model;
using SiteGen.Rendering.Charts;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

public static class ObjectivePageBuilder
{
    public static PageToRender Build(SiteContext site, PlanViews views, Objective objective)
    {
        var plan = views.Plan;
        var path = views.ObjectivePath(objective);
        var risks = site.Facts.References[plan].RisksOf(objective).Select(views.Risk).ToList();
        var outcomes = site.Facts.Site.Frameworks
            .Where(f => plan.Frameworks.Any(r => r.Value == f.Id))
            .SelectMany(f => f.Outcomes)
            .ToList();

        var model = new ObjectivePageModel
        {
            Objective = PlanViews.NameOf(objective),
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Description = MetaDescription.Of(objective.Description),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, null),
            Serves = objective.Serves
                .Select(r => site.Facts.Chain.Find(plan, r.Value) is { } found
                    ? new ServesView(
                        found.Plan.Title,
                        PlanViews.NameOf(found.Objective),
                        found.Action is null ? null : new ActionMention(found.Action.Reference, found.Action.Description),
                        found.Action is null
                            ? site.Href(path, site.Routes.Objective(found.Plan, found.Objective))
                            : site.Linker.Href(path, site.Routes.Objective(found.Plan, found.Objective), site.Routes.ActionAnchor(found.Plan, found.Action)))
                    : null)
                .OfType<ServesView>()
                .ToList(),
            ObjectiveLabel = plan.ObjectiveLabel,
            Body = views.Markdown(objective.Description),
            ResponsibleOfficer = views.Officer(objective.ResponsibleOfficer),
            Outcomes = objective.Outcomes.Select(r => outcomes.FirstOrDefault(o => o.Id == r.Value)?.Name ?? r.Value).ToList(),
            ContributesTo = objective.ContributesTo.Select(c => new ContributionView(c.To, c.Priorities, c.Answer)).ToList(),
            Perspective = objective.Perspective,
            CriticalSuccessFactors = objective.CriticalSuccessFactors,
            RollUp = views.RollUp(site.Facts.ObjectiveRollUps[objective], path),
            Actions = objective.Actions.Select(a => views.Action(a, path)).ToList(),
            StatusChart = site.Facts.ObjectiveRollUps[objective].HasAnswer
                ? StatusChartBuilder.Build(null, [(PlanViews.NameOf(objective), site.Facts.ObjectiveStatus[objective])], "status-chart", "status-counts")
                : null,
            Indicators = objective.Indicators.Select(r => views.IndicatorByKey(r, path, IndicatorChartBuilder.Small)).OfType<IndicatorView>().ToList(),
            SecondaryIndicators = objective.SecondaryIndicators.Select(r => views.IndicatorByKey(r, path, IndicatorChartBuilder.Small)).OfType<IndicatorView>().ToList(),
            Risks = risks,
            Implications = new[]
                {
                    (ImplicationKind.Financial, objective.Implications.Financial),
                    (ImplicationKind.Staffing, objective.Implications.Staffing),
                    (ImplicationKind.Risk, objective.Implications.Risk),
                    (ImplicationKind.Other, objective.Implications.Other),
                }
                .Where(x => x.Item2 is not null)
                .Select(x => new ImplicationView(x.Item1, views.Markdown(x.Item2)!))
                .ToList(),
            EditorNote = views.Markdown(objective.EditorNote),
        };

        return new PageToRender(path, model);
    }
}
