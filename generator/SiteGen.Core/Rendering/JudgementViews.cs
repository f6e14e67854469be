using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Rendering.Pages;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>The site's judgements and roll-ups as view models carry them: enums, figures as printed, and the working as numbers.</summary>
public static class JudgementViews
{
    private static readonly RagStatus[] PrintedOrder = [RagStatus.Green, RagStatus.Amber, RagStatus.Red, RagStatus.Complete, RagStatus.NotStarted, RagStatus.NoData];

    public static RollUpView RollUp(RollUp rollUp, string methodHref) =>
        new(Kind(rollUp.Indicators), Kind(rollUp.Actions), Summaries.Of(rollUp.Status), rollUp.HasAnswer, methodHref);

    public static ReportedView Reported(ReportedStatus reported, string? reportHref) =>
        new(ViewKinds.Of(reported.Status), reported.Period.Label, reported.Date is { } date ? ViewKinds.Of(date) : null, reported.Report?.Title, reportHref, reported.Commentary);

    public static StandingView Standing(Standing standing, ReportedView? reported, string methodHref) =>
        new(ViewKinds.Of(standing.Basis), ViewKinds.Of(standing.Judgement), standing.Reason is { } reason ? ViewKinds.Of(reason) : null, reported, ViewKinds.Of(standing.Status), methodHref);

    /// <summary>The pace judgement with its working; the changes per year are rounded to one place more than the figures they come from are printed to.</summary>
    public static PaceView Pace(TargetProgress pace)
    {
        var places = new[] { pace.From?.Actual, pace.Latest?.Actual, pace.Target?.Target }.OfType<Figure>().Select(Similarity.Places).DefaultIfEmpty(0).Max() + 1;
        return new PaceView(
            ViewKinds.Of(pace.Category),
            pace.Reason is { } reason ? ViewKinds.Of(reason) : null,
            pace.From is { } from ? new FigureAt(from.Actual!.Text, from.Period.Label) : null,
            pace.Latest is { } latest ? new FigureAt(latest.Actual!.Text, latest.Period.Label) : null,
            pace.Target is { } target ? new FigureAt(target.Target!.Text, target.Period.Label) : null,
            pace.NeededPerYear is { } needed ? Math.Round(needed, places, MidpointRounding.AwayFromZero) : null,
            pace.ObservedPerYear is { } observed ? Math.Round(observed, places, MidpointRounding.AwayFromZero) : null,
            pace.Ratio is { } ratio ? Math.Round(ratio * 100, 0, MidpointRounding.AwayFromZero) : null);
    }

    /// <summary>A report's printed counts, and SiteGen's own count of its listed rows only for a kind of thing it prints no counts of.</summary>
    public static ReportCountsView ReportCounts(ProgressReport report, SiteFacts facts)
    {
        var (actions, indicators) = facts.ListedCounts[report];
        var counted = new List<CountedByTheSite>();
        if (report.Actions.Count > 0 && !PrintedCounts.Prints(report, CountsOf.Actions)) counted.Add(new CountedByTheSite(ViewModels.CountsOf.Actions, report.Actions.Count, Summaries.Of(actions)));
        if (report.Indicators.Count > 0 && !PrintedCounts.Prints(report, CountsOf.Indicators)) counted.Add(new CountedByTheSite(ViewModels.CountsOf.Indicators, report.Indicators.Count, Summaries.Of(indicators)));
        return new ReportCountsView(facts.PrintedCounts[report].Select(Printed).ToList(), counted);
    }

    private static PrintedCountsView Printed(PrintedCounts printed) => new(
        printed.Table?.Title,
        printed.Scope,
        ViewKinds.Of(printed.Of),
        printed.Total,
        PrintedOrder
            .Where(s => printed.Counts.ContainsKey(s) || printed.Percentages.ContainsKey(s))
            .Select(s => new PrintedStatusCount(ViewKinds.Of(s), printed.Counts.TryGetValue(s, out var n) ? n : null, printed.Percentages.TryGetValue(s, out var p) ? p.Text : null))
            .ToList(),
        printed.Others.Select(o => new PrintedOtherCount(o.Label, o.Count, o.Percentage?.Text)).ToList());

    private static KindRollUpView Kind(KindCounts counts) => new(
        counts.Total,
        counts.Reported.Counted.Select(x => new ReportedCount(ViewKinds.Of(x.Member), x.Count, ViewKinds.Of(ProgressStatusRule.Of(x.Member)))).ToList(),
        counts.Judged.Counted.Select(x => new JudgedCount(ViewKinds.Of(x.Member), x.Count, ViewKinds.Of(ProgressStatusRule.Of(x.Member)))).ToList(),
        counts.NotJudged.Counted.Select(x => new NotJudgedCount(ViewKinds.Of(x.Member), x.Count)).ToList());
}
