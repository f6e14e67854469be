using SiteGen.Model;
using SiteGen.Rendering.Charts;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

public static class IndicatorPageBuilder
{
    public static PageToRender Build(SiteContext site, PlanViews views, Indicator indicator)
    {
        var plan = views.Plan;
        var path = views.IndicatorPath(indicator);
        var set = indicator.DefinitionReference is null
            ? null
            : site.Facts.Site.DefinitionSets.FirstOrDefault(s => s.Definitions.Any(d => d.Reference == indicator.DefinitionReference));
        var description = MetaDescription.Of(indicator.Description, indicator.Commentary);
        return new PageToRender(path, new IndicatorPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Description = description,
            Datasets = [StructuredData.Indicator(site, path, plan, indicator, description)],
            Breadcrumbs = [.. views.Breadcrumbs(path), new Crumb(CrumbKind.Indicators, null, site.Href(path, site.Routes.IndicatorsIndex(plan)))],
            Navigation = views.Navigation(path, PlanPage.Indicators),
            Indicator = views.Indicator(indicator, path, IndicatorChartBuilder.Large),
            Comparison = site.Facts.Comparisons.IsShared(indicator)
                ? new ComparisonLink(indicator.DefinitionReference!, site.Href(path, site.Routes.Comparison(indicator.DefinitionReference!)))
                : null,
            RankChart = RankChartBuilder.Build(indicator, site.Facts.Rankings.GetValueOrDefault(indicator), "rank-chart", "authority-values"),
            DefinitionSet = set?.Name,
            MeasuresObjectives = views.ObjectivesByIndicator[indicator.Key]
                .Distinct()
                .Select(o => new ObjectiveLink(PlanViews.NameOf(o), site.Href(path, views.ObjectivePath(o))))
                .ToList(),
            MeasuresActions = site.Facts.References[plan].ActionsMeasuring(indicator.Key)
                .Select(a => new ActionMention(a.Reference, a.Description))
                .ToList(),
            Downloads =
            [
                new Download(DownloadFormat.Csv, site.Href(path, site.Routes.IndicatorData(plan, indicator, "csv"))),
                new Download(DownloadFormat.Json, site.Href(path, site.Routes.IndicatorData(plan, indicator, "json"))),
            ],
        });
    }

    public static PageToRender Index(SiteContext site, PlanViews views)
    {
        var plan = views.Plan;
        var path = site.Routes.IndicatorsIndex(plan);
        return new PageToRender(path, new IndicatorsIndexPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, PlanPage.Indicators),
            ObjectiveLabel = plan.ObjectiveLabel,
            Indicators = plan.Indicators.Select(i => views.IndicatorRow(i, path)).ToList(),
        });
    }
}
