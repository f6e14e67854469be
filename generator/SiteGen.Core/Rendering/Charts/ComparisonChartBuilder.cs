using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>One line per council over the periods any of them reports, each labelled at its end and marked with its own shape.</summary>
public static class ComparisonChartBuilder
{
    private const double Left = 64, Top = 40, Width = 660, Height = 340, Right = 190;

    public static ChartView? Build(string reference, string title, IReadOnlyList<(string Council, Indicator Indicator, SeriesFacts Series)> reports, IReadOnlyList<Period> periods, string id, string tableId)
    {
        // Only the years with a result are drawn; targets are in the table.
        periods = periods.Where(p => reports.Any(r => r.Indicator.Values.Any(v => v.Period.Label == p.Label && v.Actual?.Number is not null))).ToList();
        var values = reports.SelectMany(r => r.Indicator.Values.Select(v => v.Actual?.Number)).OfType<decimal>().Select(d => (double)d).ToList();
        var bottom = Height - 70;
        var scale = NiceScale.For(values, bottom, Top);
        if (scale is null || periods.Count == 0) return null;
        var unit = reports[0].Indicator.Unit;
        var plotRight = Width - Right;
        var step = (plotRight - Left) / periods.Count;
        double X(Period p) => R(Left + (periods.ToList().FindIndex(x => x.Label == p.Label) + 0.5) * step);
        var shapes = new List<ChartShape>();
        foreach (var tick in scale.Ticks)
        {
            var y = R(scale.Map(tick));
            shapes.Add(new ChartLine(Left, y, plotRight, y, tick == 0 ? ChartPart.AxisZero : ChartPart.Grid));
            shapes.Add(new ChartText(Left - 8, R(y + 5), new ChartLabel.Printed(TickLabels.Format(tick, unit, scale.Decimals)), ChartAnchor.End, ChartPart.Tick));
        }

        shapes.Add(new ChartLine(Left, bottom, plotRight, bottom, ChartPart.Axis));
        foreach (var p in periods) shapes.Add(new ChartText(X(p), bottom + 20, new ChartLabel.Printed(p.Label), ChartAnchor.Middle, ChartPart.Tick));

        var councils = new List<CouncilResult>();
        var labels = new List<(double Y, string Council, int Series)>();
        for (var i = 0; i < reports.Count; i++)
        {
            var (council, _, series) = reports[i];
            var style = i % 4 + 1;
            var points = series.NumericActuals.Select(v => (X: X(v.Period), Y: R(scale.Map((double)v.Actual!.Number!.Value)))).ToList();
            if (points.Count >= 2) shapes.Add(new ChartPath(IndicatorChartBuilder.PathThrough(points), ChartPart.SplitLine) { Series = style });
            foreach (var (x, y) in points)
            {
                shapes.Add(i % 2 == 0 ? new ChartCircle(x, y, 4.5, ChartPart.SplitMarker) { Series = style } : new ChartRect(R(x - 4), R(y - 4), 8, 8, ChartPart.SplitMarker) { Series = style });
            }

            var latest = series.LatestNumericActual;
            if (latest is not null) labels.Add((points[^1].Y + 4, council, style));
            councils.Add(new CouncilResult(council, latest is null ? null : new PrintedPoint(latest.Period.Label, latest.Actual!.Text)));
        }

        // Labels at the lines' ends, pushed apart so two councils ending close together stay readable.
        var placed = double.NegativeInfinity;
        foreach (var (y, council, style) in labels.OrderBy(l => l.Y))
        {
            var at = Math.Max(y, placed + 16);
            shapes.Add(new ChartText(R(plotRight + 8), R(at), new ChartLabel.Printed(council), ChartAnchor.Start, ChartPart.SplitLabel) { Series = style });
            placed = at;
        }

        var findings = new ChartFindings.Comparison(reference, title, councils, ViewKinds.Of(reports[0].Indicator.Polarity));
        return new ChartView(id, ChartKind.Comparison, findings, (int)Width, (int)Height, shapes, tableId);
    }
}
