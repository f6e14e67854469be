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
            shapes.Add(new ChartLine(Left, y, plotRight, y, tick == 0 ? "axis zero" : "grid"));
            shapes.Add(new ChartText(Left - 8, R(y + 5), TickLabels.Format(tick, unit, scale.Decimals), "end", "tick"));
        }

        shapes.Add(new ChartLine(Left, bottom, plotRight, bottom, "axis"));
        foreach (var p in periods) shapes.Add(new ChartText(X(p), bottom + 20, p.Label, "middle", "tick"));

        var sentences = new List<string>();
        var labels = new List<(double Y, string Text, string Class)>();
        for (var i = 0; i < reports.Count; i++)
        {
            var (council, _, series) = reports[i];
            var cls = $"split split-{i % 4 + 1}";
            var points = series.NumericActuals.Select(v => (X: X(v.Period), Y: R(scale.Map((double)v.Actual!.Number!.Value)))).ToList();
            if (points.Count >= 2) shapes.Add(new ChartPath(IndicatorChartBuilder.PathThrough(points), cls + " line"));
            foreach (var (x, y) in points)
            {
                shapes.Add(i % 2 == 0 ? new ChartCircle(x, y, 4.5, cls + " marker") : new ChartRect(R(x - 4), R(y - 4), 8, 8, cls + " marker"));
            }

            if (series.LatestNumericActual is { } latest)
            {
                labels.Add((points[^1].Y + 4, council, cls + " label"));
                sentences.Add($"{council} {latest.Actual!.Text} in {latest.Period}");
            }
            else
            {
                sentences.Add($"{council} reports no result as a number");
            }
        }

        // Labels at the lines' ends, pushed apart so two councils ending close together stay readable.
        var placed = double.NegativeInfinity;
        foreach (var (y, text, cls) in labels.OrderBy(l => l.Y))
        {
            var at = Math.Max(y, placed + 16);
            shapes.Add(new ChartText(R(plotRight + 8), R(at), text, "start", cls));
            placed = at;
        }

        var description = $"Latest results: {string.Join("; ", sentences)}; {Words.Of(reports[0].Indicator.Polarity)}.";
        return new ChartView(id, "indicator", $"{reference}: {title}, by council", description, (int)Width, (int)Height, shapes, tableId);
    }
}
