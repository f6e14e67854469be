using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

public static class ActionsIndexBuilder
{
    public static PageToRender Build(SiteContext site, PlanViews views)
    {
        var plan = views.Plan;
        var path = site.Routes.ActionsIndex(plan);
        return new PageToRender(path, new ActionsIndexPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, PlanPage.Actions),
            ObjectiveLabel = plan.ObjectiveLabel,
            Actions = plan.Objectives
                .SelectMany(o => o.Actions.Select(a => new ActionRow(
                    new ObjectiveLink(PlanViews.NameOf(o), site.Href(path, views.ObjectivePath(o))),
                    views.Action(a, path),
                    site.Facts.ActionStandings[a].Reported is { } reported ? ViewKinds.Of(reported.Status) : null)))
                .ToList(),
        });
    }
}
