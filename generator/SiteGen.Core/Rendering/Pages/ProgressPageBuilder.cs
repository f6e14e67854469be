using System.Globalization;
using SiteGen.Derivation;
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
            var found = a.Action is null ? default : references.Action(a.Action.Value) ?? default;
            return new ProgressRow(
                a.Action?.Value ?? string.Empty,
                found.Action?.Description ?? a.Description ?? a.Action!.Value,
                found.Objective is null ? null : new ProgressLink(PlanViews.NameOf(found.Objective), null, site.Href(path, views.ObjectivePath(found.Objective))),
                a.Status is { } status ? ViewKinds.Of(status) : null,
                ViewKinds.Of(ProgressStatusRule.Of(a.Status)),
                a.Percent?.Text,
                null,
                a.Commentary);
        }).ToList();

        var indicatorRows = report.Indicators.Select(i =>
        {
            var indicator = i.Indicator is null ? null : views.FindIndicator(i.Indicator.Value);
            return new ProgressRow(
                i.Indicator?.Value ?? string.Empty,
                indicator?.Title ?? i.Description ?? i.Indicator!.Value,
                indicator is null ? null : new ProgressLink(null, i.Indicator!.Value, site.Href(path, views.IndicatorPath(indicator))),
                i.Status is { } status ? ViewKinds.Of(status) : null,
                ViewKinds.Of(ProgressStatusRule.Of(i.Status)),
                null,
                i.Value?.Text,
                i.Commentary);
        }).ToList();

        return new PageToRender(path, new ProgressPageModel
        {
            ReportTitle = report.Title,
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Description = MetaDescription.Of(report.Summary),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, PlanPage.Progress),
            Period = report.Period.Label,
            Published = report.Published is { } published ? ViewKinds.Of(published) : null,
            Counts = JudgementViews.ReportCounts(report, site.Facts),
            MethodHref = views.MethodHref(path),
            Actions = actionRows,
            Indicators = indicatorRows,
            Summary = views.Markdown(report.Summary),
            EditorNote = views.Markdown(report.EditorNote),
            Tables = report.Tables.Select(Table).ToList(),
        });
    }

    private static readonly RagStatus[] Order = [RagStatus.Red, RagStatus.Amber, RagStatus.Green, RagStatus.Complete, RagStatus.NotStarted, RagStatus.NoData];

    /// <summary>A summary table as printed: a count and a percentage for each status it has, then any other columns.</summary>
    private static ProgressCountsTable Table(ProgressTable table, int index)
    {
        var statuses = Order.Where(s => table.Rows.Any(r => r.Counts.ContainsKey(s) || r.Percentages.ContainsKey(s))).ToList();
        var others = table.Rows.SelectMany(r => r.Others.Select(o => o.Label)).Distinct().ToList();
        var rows = table.Rows.Select(r => new ProgressCountsRow(
            r.Scope,
            r.Total,
            statuses.Select(s => new CountAndPercent(r.Counts.TryGetValue(s, out var n) ? n : null, r.Percentages.TryGetValue(s, out var p) ? p.Text : null)).ToList(),
            others.Select(o => r.Others.FirstOrDefault(x => x.Label == o) is { } other ? new CountAndPercent(other.Count, other.Percentage?.Text) : new CountAndPercent(null, null)).ToList()))
            .ToList();
        return new ProgressCountsTable(
            $"progress-table-{index + 1}",
            table.Title,
            table.Of == "actions" ? ProgressTableOf.Actions : ProgressTableOf.Indicators,
            statuses.Select(ViewKinds.Of).ToList(),
            others,
            rows);
    }
}
