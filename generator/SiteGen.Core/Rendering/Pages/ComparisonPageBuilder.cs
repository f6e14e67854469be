using SiteGen.Model;
using SiteGen.Rendering.Charts;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// A shared indicator's figures from every council that reports it, side by side by period. Figures
/// are shown as each plan prints them; differing wording, units and periods are stated, not smoothed over.
/// </summary>
public static class ComparisonPageBuilder
{
    public static PageToRender Build(SiteContext site, string reference)
    {
        var reports = site.Facts.Comparisons.ReportsOf(reference);
        var path = site.Routes.Comparison(reference);
        var definition = site.Facts.Site.DefinitionSets.SelectMany(s => s.Definitions.Select(d => (Set: s, Definition: d))).First(x => x.Definition.Reference == reference);
        var periods = reports.SelectMany(r => r.Indicator.Values.Select(v => v.Period)).DistinctBy(p => p.Label).OrderBy(p => p.SortKey).ToList();
        string Council(Plan plan) => site.Facts.OrganisationOf(plan)?.Name ?? plan.Organisation.Value;

        // Each table shows the periods for which some council prints a figure of that kind.
        ComparisonTable Table(string id, ComparisonFigures figures, Func<SeriesPoint, Figure?> pick)
        {
            var shown = periods.Where(p => reports.Any(r => r.Indicator.Values.Any(v => v.Period.Label == p.Label && pick(v) is not null))).ToList();
            return new(
                id,
                figures,
                shown.Select(p => p.Label).ToList(),
                reports.Select(r => new ComparisonRow(Council(r.Plan), r.Plan.Title, shown.Select(p => pick(r.Indicator.Values.FirstOrDefault(v => v.Period.Label == p.Label) ?? Empty(p))?.Text ?? string.Empty).ToList())).ToList());
        }

        var differences = new List<ComparisonDifference>();
        foreach (var (plan, indicator) in reports.Where(r => !string.Equals(r.Indicator.Title, definition.Definition.Title, StringComparison.Ordinal)))
        {
            differences.Add(new WordedDifferently(Council(plan), indicator.Title));
        }

        foreach (var group in reports.GroupBy(r => r.Indicator.Unit).Skip(1))
        {
            differences.Add(new CountedDifferently(group.Select(r => Council(r.Plan)).ToList(), ViewKinds.Of(group.Key)));
        }

        var spans = reports.Select(r => (r, First: r.Indicator.Values.FirstOrDefault()?.Period, Last: r.Indicator.Values.LastOrDefault()?.Period)).ToList();
        if (spans.Select(s => $"{s.First?.Label}-{s.Last?.Label}").Distinct().Count() > 1)
        {
            differences.Add(new DifferentYears(spans.Select(s => new CouncilYears(Council(s.r.Plan), s.First?.Label, s.Last?.Label)).ToList()));
        }

        foreach (var (plan, indicator) in reports.Where(r => r.Indicator.PeriodsNote is not null))
        {
            differences.Add(new PeriodsNoted(Council(plan), indicator.PeriodsNote!));
        }

        var targets = Table("targets", ComparisonFigures.Targets, v => v.Target);
        return new PageToRender(path, new ComparisonPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Description = MetaDescription.Of(definition.Definition.Description),
            Breadcrumbs = [site.HomeCrumb(path)],
            Reference = reference,
            DefinitionTitle = definition.Definition.Title,
            DefinitionSet = definition.Set.Name,
            Polarity = ViewKinds.Of(reports[0].Indicator.Polarity),
            Actuals = Table("actuals", ComparisonFigures.Actuals, v => v.Actual),
            Targets = targets.Rows.Any(r => r.Cells.Any(c => c.Length > 0)) ? targets : null,
            Chart = ComparisonChartBuilder.Build(reference, definition.Definition.Title, reports.Select(r => new ComparisonChartBuilder.Report(site.Facts.OrganisationOf(r.Plan)?.DisplayName ?? r.Plan.Organisation.Value, r.Plan.Title, r.Indicator, site.Facts.Indicators[r.Indicator].Series)).ToList(), periods, "comparison-chart", "actuals"),
            Differences = differences,
            Indicators = reports.Select(r => new CouncilIndicatorLink(Council(r.Plan), r.Plan.Title, site.Href(path, site.Routes.Indicator(r.Plan, r.Indicator)))).ToList(),
        });
    }

    private static SeriesPoint Empty(Period period) => new(period, null, null, null, null, new Diagnostics.SourceLocation(string.Empty, 1, 1));
}
