using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>A table-sized trend: the last results as a line and the next target as a diamond; the latest value is written beside it in text.</summary>
public static class SparklineBuilder
{
    private const int Width = 120;
    private const int Height = 36;
    private const int Points = 6;

    public static SparklineView? Build(Indicator indicator, IndicatorAssessment assessment, string id)
    {
        var actuals = assessment.Series.NumericActuals.TakeLast(Points).ToList();
        if (actuals.Count == 0) return null;
        var target = assessment.Series.NumericTargetFromLatest;
        var values = actuals.Select(a => (double)a.Actual!.Number!.Value).Concat(target is null ? [] : [(double)target.Target!.Number!.Value]);
        var scale = NiceScale.For(values, Height - 6, 6)!;
        var slots = actuals.Count + (target is not null && target.Period.Label != actuals[^1].Period.Label ? 1 : 0);
        var step = slots <= 1 ? 0 : (Width - 20.0) / (slots - 1);
        var points = actuals.Select((a, i) => (X: R(10 + i * step), Y: R(scale.Map((double)a.Actual!.Number!.Value)))).ToList();

        var shapes = new List<ChartShape>();
        if (points.Count >= 2) shapes.Add(new ChartPath(IndicatorChartBuilder.PathThrough(points), ChartPart.ActualLine));
        shapes.Add(new ChartCircle(points[^1].X, points[^1].Y, 3, ChartPart.ActualMarker));
        if (target is not null)
        {
            var x = target.Period.Label == actuals[^1].Period.Label ? points[^1].X : R(10 + (slots - 1) * step);
            shapes.Add(new ChartPath(IndicatorChartBuilder.Diamond(x, R(scale.Map((double)target.Target!.Number!.Value))), ChartPart.TargetMarker));
        }

        var results = actuals.Select(a => new PrintedPoint(a.Period.Label, a.Actual!.Text)).ToList();
        var findings = new ChartFindings.Sparkline(
            indicator.DisplayReference,
            indicator.Title,
            results,
            target is null ? null : new PrintedPoint(target.Period.Label, target.Target!.Text));
        return new SparklineView(new ChartView(id, ChartKind.Sparkline, findings, Width, Height, shapes, null), results[^1]) { LatestNumber = actuals[^1].Actual!.Number!.Value };
    }
}
