using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// What an indicator chart's title and description state: which points they quote is decided in
/// <see cref="SeriesFacts"/>, and every figure is quoted exactly as printed. The theme words them:
/// "Rose from 55.2% in 2007/08 to 65% in 2008/09; target for 2009/10 is 65%; higher is better."
/// </summary>
public static class IndicatorFindings
{
    public static ChartFindings Of(Indicator indicator, IndicatorAssessment assessment)
    {
        if (indicator.Unit is Unit.YesNo or Unit.Milestone or Unit.Text) return Strip(indicator);
        var series = assessment.Series;
        return new ChartFindings.IndicatorLine(
            indicator.Reference,
            indicator.Title,
            Result(series.FirstNumericActual),
            Result(series.LatestNumericActual),
            series.Change is { } change ? ViewKinds.Of(change) : null,
            series.LatestSplit is { } split ? new SplitResult(split.Period.Label, split.Actual!.Parts.Select(p => new LabelledText(p.Name, p.Value.Text)).ToList()) : null,
            series.NotNumbers.Select(g => new PrintedPoint(g.Period.Label, g.Actual!.Text)).ToList(),
            Target(series.LatestTargetWithActual),
            Target(series.TargetAfterLatest),
            ComparatorGroups(indicator).Select(g => new ComparatorFinding(g.Name, g.Items[^1].Value.Text, g.Items[^1].Period?.Label)).ToList(),
            ViewKinds.Of(indicator.Polarity));
    }

    /// <summary>
    /// The comparators that are numbers, one group per line on the chart: those the plan labels alike, or
    /// else of the same kind. The last of each group is the one the description quotes.
    /// </summary>
    public static IReadOnlyList<(ChartLabel.ComparatorName Name, IReadOnlyList<Comparator> Items)> ComparatorGroups(Indicator indicator) => indicator.Comparators
        .Where(c => c.Value.Number is not null)
        .GroupBy(c => c.Label is null ? (Label: (string?)null, Kind: (ComparatorKind?)c.Against) : (c.Label, null))
        .Select(g => (new ChartLabel.ComparatorName(g.Key.Label, ViewKinds.Of(g.First().Against)), (IReadOnlyList<Comparator>)g.ToList()))
        .ToList();

    /// <summary>Yes/no, milestone and text indicators: each period's result and target as printed.</summary>
    private static ChartFindings Strip(Indicator indicator) => new ChartFindings.IndicatorStrip(
        indicator.Reference,
        indicator.Title,
        indicator.Values
            .Where(v => v.Actual is not null || v.Target is not null)
            .Select(v => new PeriodResult(v.Period.Label, v.Actual?.Text, v.Target?.Text))
            .ToList());

    private static PrintedPoint? Result(SeriesPoint? point) => point is null ? null : new PrintedPoint(point.Period.Label, point.Actual!.Text);

    private static PrintedPoint? Target(SeriesPoint? point) => point is null ? null : new PrintedPoint(point.Period.Label, point.Target!.Text);
}
