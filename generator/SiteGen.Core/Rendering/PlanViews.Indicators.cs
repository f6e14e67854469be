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
            Series = indicator.Values
                .Select(v => new SeriesRow(v.Period.Label, v.Actual?.Text, v.Estimate?.Text, v.Target?.Text, v.Note)
                {
                    Met = v.Met,
                    Improved = v.Improved,
                    ActualParts = PartsBeside(v.Actual),
                    EstimateParts = PartsBeside(v.Estimate),
                    TargetParts = PartsBeside(v.Target),
                })
                .ToList(),
            Tags = indicator.Tags.Select(Tag).ToList(),
            Comparators = indicator.Comparators.Select(c => new ComparatorRow(c.Label, ViewKinds.Of(c.Against), c.Period?.Label, c.Value.Text)).ToList(),
            Bandings = indicator.Bandings.Select(Banding).ToList(),
            AuthorityValues = indicator.AuthorityValues?.Values.Select(v => new LabelledText(v.Authority, v.Value.Text)).ToList() ?? [],
            AuthorityValuesPeriod = indicator.AuthorityValues?.Period?.Label,
            Commentary = Markdown(indicator.Commentary),
            Comparison = Markdown(indicator.Comparison),
            PeriodsNote = indicator.PeriodsNote,
            Footnotes = indicator.Footnotes,
            Latest = Latest(assessment),
            Result = ViewKinds.Of(assessment.Result),
            Compared = Compared(assessment),
            Status = ViewKinds.Of(_site.Facts.Judgements[indicator].Standing.Status),
            Direction = ViewKinds.Of(assessment.Direction),
            Judgement = Judgement(indicator, from),
            EditorNote = Markdown(indicator.EditorNote),
        };
    }

    private static FigureAt? Latest(IndicatorAssessment assessment) =>
        assessment.Latest is { } l ? new FigureAt(l.Actual!.Text, l.Period.Label) { Parts = PartsBeside(l.Actual), Number = l.Actual.Number } : null;

    /// <summary>
    /// A split figure's parts, to show beside its printed form ("G 61.4 B 49.6": girls 61.4, boys 49.6); none when the
    /// figure is not split, or has no printed form of its own and so is already written as its parts.
    /// </summary>
    private static IReadOnlyList<LabelledText> PartsBeside(Figure? figure) =>
        figure is { IsSplit: true, Printed: not null } ? figure.Parts.Select(p => new LabelledText(p.Name, p.Value.Text)).ToList() : [];

    private BandingView Banding(Banding b)
    {
        var scale = _bandingScales.GetValueOrDefault(b.Scale.Value);
        var level = scale?.Levels.FirstOrDefault(x => x.Value == b.Band.Text);
        return new BandingView(scale?.Name ?? b.Scale.Value, b.Period?.Label, b.Band.Text, level?.Label)
        {
            Lowest = scale is { Levels.Count: > 1 } ? new LabelledLevel(scale.Levels[0].Value, scale.Levels[0].Label) : null,
            Highest = scale is { Levels.Count: > 1 } ? new LabelledLevel(scale.Levels[^1].Value, scale.Levels[^1].Label) : null,
        };
    }

    public IndicatorRow IndicatorRow(Indicator indicator, PagePath from)
    {
        var assessment = _site.Facts.Indicators[indicator];
        var nextTarget = assessment.Series.TargetWithoutActual;
        var standing = _site.Facts.Judgements[indicator].Standing;
        return new IndicatorRow(
            indicator.DisplayReference,
            indicator.Title,
            _site.Href(from, IndicatorPath(indicator)),
            ObjectivesByIndicator[indicator.Key].Select(NameOf).FirstOrDefault(),
            Latest(assessment),
            nextTarget is null ? null : new FigureAt(nextTarget.Target!.Text, nextTarget.Period.Label) { Number = nextTarget.Target.Number },
            ViewKinds.Of(assessment.Result),
            ViewKinds.Of(standing.Status),
            ViewKinds.Of(assessment.Direction),
            SparklineBuilder.Build(indicator, assessment, "sparkline-" + _routes.IndicatorSlug(Plan, indicator)))
        {
            Standing = Standing(standing, from),
            Unit = ViewKinds.Of(indicator.Unit),
        };
    }
}
