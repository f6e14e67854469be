using System.Globalization;
using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>One reporting period: the status of each action and indicator, and the counts.</summary>
public static class ProgressPageBuilder
{
    public static PageToRender Build(SiteContext site, PlanViews views, ProgressReport report)
    {
        var plan = views.Plan;
        var path = site.Routes.Progress(plan, report);
        var references = site.Facts.References[plan];

        var actionRows = report.Actions.Select(a =>
        {
            var (word, token) = Summaries.Status(a.Status);
            var found = a.Action is null ? default : references.Action(a.Action.Value) ?? default;
            return new ProgressRow(
                a.Action?.Value ?? string.Empty,
                found.Action?.Description ?? a.Description ?? a.Action!.Value,
                found.Objective is null ? null : new Link(views.ObjectiveTitle(found.Objective), site.Href(path, views.ObjectivePath(found.Objective))),
                word,
                token,
                a.Percent is null ? null : $"{a.Percent.Text} complete",
                a.Commentary);
        }).ToList();

        var indicatorRows = report.Indicators.Select(i =>
        {
            var (word, token) = Summaries.Status(i.Status);
            var indicator = i.Indicator is null ? null : views.FindIndicator(i.Indicator.Value);
            return new ProgressRow(
                i.Indicator?.Value ?? string.Empty,
                indicator?.Title ?? i.Description ?? i.Indicator!.Value,
                indicator is null ? null : new Link(i.Indicator!.Value, site.Href(path, views.IndicatorPath(indicator))),
                word,
                token,
                i.Value?.Text,
                i.Commentary);
        }).ToList();

        return new PageToRender(path, new ProgressPageModel
        {
            Title = report.Title ?? $"Progress report {report.Period}: {plan.Title}",
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, "Progress"),
            Period = report.Period.Label,
            Published = report.Published?.ToString(),
            Counts = Summaries.Of(site.Facts.ProgressCounts[report]),
            StatedCounts = report.StatedCounts
                .OrderBy(kv => kv.Key)
                .Select(kv => new LabelledText(Words.Of(kv.Key), kv.Value.ToString(CultureInfo.InvariantCulture)))
                .ToList(),
            Actions = actionRows,
            Indicators = indicatorRows,
            Summary = views.Markdown(report.Summary),
            Tables = report.Tables.Select(Table).ToList(),
        });
    }

    private static readonly RagStatus[] Order = [RagStatus.Red, RagStatus.Amber, RagStatus.Green, RagStatus.Complete, RagStatus.NotStarted, RagStatus.NoData];

    /// <summary>A summary table as printed: a count and a percentage column for each status it has, then any other columns.</summary>
    private static TextTable Table(ProgressTable table, int index)
    {
        var statuses = Order.Where(s => table.Rows.Any(r => r.Counts.ContainsKey(s) || r.Percentages.ContainsKey(s))).ToList();
        var others = table.Rows.SelectMany(r => r.Others.Select(o => o.Label)).Distinct().ToList();
        var columns = new List<string> { table.Of == "actions" ? "Actions of" : "Indicators of", "Total" };
        foreach (var s in statuses) columns.AddRange([$"{Words.Of(s)}: number", $"{Words.Of(s)}: %"]);
        foreach (var o in others) columns.AddRange([$"{o}: number", $"{o}: %"]);
        var rows = table.Rows.Select(r =>
        {
            var cells = new List<string> { r.Scope, r.Total?.ToString(CultureInfo.InvariantCulture) ?? string.Empty };
            foreach (var s in statuses)
            {
                cells.Add(r.Counts.TryGetValue(s, out var n) ? n.ToString(CultureInfo.InvariantCulture) : string.Empty);
                cells.Add(r.Percentages.TryGetValue(s, out var p) ? p.Text : string.Empty);
            }

            foreach (var o in others)
            {
                var other = r.Others.FirstOrDefault(x => x.Label == o);
                cells.Add(other?.Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                cells.Add(other?.Percentage?.Text ?? string.Empty);
            }

            return (IReadOnlyList<string>)cells;
        }).ToList();
        return new TextTable($"progress-table-{index + 1}", table.Title, columns, rows, []);
    }
}
