using System.Globalization;
using SiteGen.Derivation;
using SiteGen.Rendering.Charts;
using SiteGen.Rendering.Pages;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>A plan's indicators as readers see them: in full, and as a row of an indicator table.</summary>
public sealed partial class PlanViews
{
    public IndicatorView? IndicatorByKey(Ref reference, PagePath from, IndicatorChartBuilder.Size? chart = null) =>
        _references.Indicator(reference.Value) is { } i ? Indicator(i, from, chart) : null;

    private static ComparedPoint? Compared(IndicatorAssessment assessment) =>
        assessment.Result == TargetResult.NoComparison || assessment.Compared is not { } c
            ? null
            : new ComparedPoint(c.Period.Label, c.Target!.Text, c.Actual!.Text);

    /// <summary>The indicator as a reader sees it, with a chart of <paramref name="chart"/>'s size when one is asked for.</summary>
    public IndicatorView Indicator(Indicator indicator, PagePath from, IndicatorChartBuilder.Size? chart = null)
    {
        var assessment = _site.Facts.Indicators[indicator];
        var anchor = _routes.IndicatorAnchor(Plan, indicator);
        return new IndicatorView
        {
            Anchor = anchor,
            TableId = anchor + "-table",
            Chart = chart is null || indicator.Values.Count == 0 ? null : IndicatorChartBuilder.Build(indicator, assessment, anchor + "-chart", anchor + "-table", chart),
            Href = _site.Href(from, IndicatorPath(indicator)),
            Reference = indicator.DisplayReference,
            Title = indicator.Title,
            Description = Markdown(indicator.Description),
            Unit = ViewKinds.Of(indicator.Unit),
            Polarity = ViewKinds.Of(indicator.Polarity),
            PeriodKind = ViewKinds.Of(indicator.PeriodKind),
            Codes = indicator.Codes,
            Category = indicator.Category,
            Owner = Officer(indicator.Owner),
            ProvidedBy = indicator.ProvidedBy,
            Series = indicator.Values.Select(v => new SeriesRow(v.Period.Label, v.Actual?.Text, v.Estimate?.Text, v.Target?.Text, v.Note) { Met = v.Met, Improved = v.Improved }).ToList(),
            Tags = indicator.Tags.Select(Tag).ToList(),
            Comparators = indicator.Comparators.Select(c => new ComparatorRow(c.Label, ViewKinds.Of(c.Against), c.Period?.Label, c.Value.Text)).ToList(),
            Bandings = indicator.Bandings.Select(Banding).ToList(),
            AuthorityValues = indicator.AuthorityValues?.Values.Select(v => new LabelledText(v.Authority, v.Value.Text)).ToList() ?? [],
            AuthorityValuesPeriod = indicator.AuthorityValues?.Period?.Label,
            Commentary = Markdown(indicator.Commentary),
            Comparison = Markdown(indicator.Comparison),
            PeriodsNote = indicator.PeriodsNote,
            Footnotes = indicator.Footnotes,
            Latest = assessment.Latest is { } l ? new FigureAt(l.Actual!.Text, l.Period.Label) : null,
            Result = ViewKinds.Of(assessment.Result),
            Compared = Compared(assessment),
            Status = ViewKinds.Of(assessment.Status),
            Direction = ViewKinds.Of(assessment.Direction),
        };
    }

    private BandingView Banding(Banding b)
    {
        var scale = _bandingScales.GetValueOrDefault(b.Scale.Value);
        var level = scale?.Levels.FirstOrDefault(x => x.Value == b.Band.Text);
        return new BandingView(scale?.Name ?? b.Scale.Value, b.Period?.Label, b.Band.Text, level?.Label);
    }

    public IndicatorRow IndicatorRow(Indicator indicator, PagePath from)
    {
        var assessment = _site.Facts.Indicators[indicator];
        var nextTarget = assessment.Series.TargetWithoutActual;
        return new IndicatorRow(
            indicator.DisplayReference,
            indicator.Title,
            _site.Href(from, IndicatorPath(indicator)),
            ObjectivesByIndicator[indicator.Key].Select(NameOf).FirstOrDefault(),
            assessment.Latest is { } l ? new FigureAt(l.Actual!.Text, l.Period.Label) { Number = l.Actual.Number } : null,
            nextTarget is null ? null : new FigureAt(nextTarget.Target!.Text, nextTarget.Period.Label) { Number = nextTarget.Target.Number },
            ViewKinds.Of(assessment.Result),
            ViewKinds.Of(assessment.Status),
            ViewKinds.Of(assessment.Direction),
            SparklineBuilder.Build(indicator, assessment, "sparkline-" + _routes.IndicatorSlug(Plan, indicator)));
    }
}
