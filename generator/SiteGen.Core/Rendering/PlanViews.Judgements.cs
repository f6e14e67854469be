using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>What the site judges of a plan's indicators and actions, and its roll-ups, with links to the progress reports and the method page.</summary>
public sealed partial class PlanViews
{
    public string MethodHref(PagePath from) => _site.Href(from, _routes.Method);

    public ReportedView Reported(ReportedStatus reported, PagePath from) =>
        JudgementViews.Reported(reported, reported.Report is { } report ? _site.Href(from, _routes.Progress(Plan, report)) : null);

    public StandingView Standing(Standing standing, PagePath from) =>
        JudgementViews.Standing(standing, standing.Reported is { } r ? Reported(r, from) : null, MethodHref(from));

    public RollUpView RollUp(RollUp rollUp, PagePath from) => JudgementViews.RollUp(rollUp, MethodHref(from));

    public IndicatorJudgementView Judgement(Indicator indicator, PagePath from)
    {
        var judgement = _site.Facts.Judgements[indicator];
        var assessment = _site.Facts.Indicators[indicator];
        var positions = judgement.Positions;
        return new IndicatorJudgementView
        {
            Standing = Standing(judgement.Standing, from),
            Pace = JudgementViews.Pace(judgement.Pace),
            Direction = assessment.DirectionBasis is { } basis
                ? new DirectionView(ViewKinds.Of(assessment.Direction), new FigureAt(basis.Previous.Actual!.Text, basis.Previous.Period.Label), new FigureAt(basis.Latest.Actual!.Text, basis.Latest.Period.Label))
                : null,
            Comparators = positions.Comparators
                .Select(c => new ComparatorPositionView(c.Comparator.Label, ViewKinds.Of(c.Comparator.Against), c.Comparator.Period?.Label, c.Comparator.Value.Text, new FigureAt(c.Own.Actual!.Text, c.Own.Period.Label), ViewKinds.Of(c.Position)))
                .ToList(),
            Bandings = positions.Bandings
                .Select(b => new BandingPositionView(b.Scale.Name, b.Banding.Period?.Label, b.Banding.Band.Text, b.Level.Label, b.Level.Score, b.Scale.Levels.Count, ViewKinds.Of(b.Position)))
                .ToList(),
            Rank = positions.Rank is { } rank
                ? new RankPositionView(rank.Rank, rank.Of, indicator.AuthorityValues?.Period?.Label, rank.Ranking.Own!.Value.Text, ViewKinds.Of(rank.Position))
                : null,
            CouncilVerdicts = judgement.CouncilVerdicts
                .Select(v => new CouncilVerdictView(v.Point.Period.Label, ViewKinds.Of(v.On), v.Printed, ViewKinds.Of(v.Reading), v.Agrees))
                .ToList(),
            MethodHref = MethodHref(from),
        };
    }

    /// <summary>The plan's latest progress report by period (the later in the plan's list, of two for one period), with what it counts.</summary>
    public LatestReportView? LatestReport(PagePath from)
    {
        var report = Plan.ProgressReports.Select((r, i) => (Report: r, Index: i)).OrderBy(x => x.Report.Period.SortKey).ThenBy(x => x.Index).Select(x => x.Report).LastOrDefault();
        if (report is null) return null;
        return new LatestReportView(
            report.Title,
            report.Period.Label,
            report.Published is { } published ? ViewKinds.Of(published) : null,
            _site.Href(from, _routes.Progress(Plan, report)),
            JudgementViews.ReportCounts(report, _site.Facts));
    }
}
