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
        var path = Routes.Progress(plan, report);
        var actions = plan.Objectives.SelectMany(o => o.Actions.Select(a => (Objective: o, Action: a))).Where(x => x.Action.Reference is not null)
            .GroupBy(x => x.Action.Reference!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var actionRows = report.Actions.Select(a =>
        {
            var (word, token) = Summaries.Status(a.Status);
            var found = actions.TryGetValue(a.Action.Value, out var x);
            return new ProgressRow(
                a.Action.Value,
                found ? x.Action.Description : a.Action.Value,
                found ? new Link(views.ObjectiveTitle(x.Objective), site.Href(path, views.ObjectivePath(x.Objective))) : null,
                word,
                token,
                a.Percent is null ? null : $"{a.Percent.Text} complete",
                a.Commentary);
        }).ToList();

        var indicatorRows = report.Indicators.Select(i =>
        {
            var (word, token) = Summaries.Status(i.Status);
            var indicator = views.FindIndicator(i.Indicator.Value);
            return new ProgressRow(
                i.Indicator.Value,
                indicator?.Title ?? i.Indicator.Value,
                indicator is null ? null : new Link(i.Indicator.Value, site.Href(path, views.IndicatorPath(indicator))),
                word,
                token,
                i.Value?.Text,
                i.Commentary);
        }).ToList();

        var all = actionRows.Concat(indicatorRows).ToList();
        return new PageToRender(path, new ProgressPageModel
        {
            Title = report.Title ?? $"Progress report {report.Period}: {plan.Title}",
            Site = site.Chrome(path),
            Root = Routes.RootFrom(path),
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = views.Breadcrumbs(path),
            Navigation = views.Navigation(path, "Progress"),
            Period = report.Period.Label,
            Published = report.Published?.ToString(),
            Counts = new StatusSummary(
                all.Count(r => r.StatusToken == "on-track"),
                all.Count(r => r.StatusToken == "at-risk"),
                all.Count(r => r.StatusToken == "off-track"),
                all.Count(r => r.StatusToken == "no-data")),
            StatedCounts = report.StatedCounts
                .OrderBy(kv => kv.Key)
                .Select(kv => new LabelledText(Words.Of(kv.Key), kv.Value.ToString(CultureInfo.InvariantCulture)))
                .ToList(),
            Actions = actionRows,
            Indicators = indicatorRows,
        });
    }
}
