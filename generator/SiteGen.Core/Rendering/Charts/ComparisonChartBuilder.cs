using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// One line per council over the periods any of them reports, each marked with its own shape and named with
/// its latest value: at the line's end on a desktop (labels pushed apart where lines end close together), in
/// a legend below on a phone. A council reporting in more than one plan is named with the plan.
/// </summary>
public static class ComparisonChartBuilder
{
    private const double Top = 40, PlotHeight = 240, PhonePlotHeight = 190;

    /// <summary>One council's report: its name, the plan it reports in, and the indicator there.</summary>
    public sealed record Report(string Council, string Plan, Indicator Indicator, SeriesFacts Series);

    public static ChartView? Build(string reference, string title, IReadOnlyList<Report> reports, IReadOnlyList<Period> periods, string id, string tableId)
    {
        // Only the years with a result are drawn; targets are in the table.
        periods = periods.Where(p => reports.Any(r => r.Indicator.Values.Any(v => v.Period.Label == p.Label && v.Actual?.Number is not null))).ToList();
        var values = reports.SelectMany(r => r.Indicator.Values.Select(v => v.Actual?.Number)).OfType<decimal>().Select(d => (double)d).ToList();
        if (values.Count == 0 || periods.Count == 0) return null;
        var wide = Layout(reports, periods, values, new ChartFrame(ChartFrame.Column.Width, false), PlotHeight);
        var narrow = Layout(reports, periods, values, ChartFrame.Phone, PhonePlotHeight);

        var repeated = reports.GroupBy(r => r.Council).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var councils = reports.Select(r => r.Series.LatestNumericActual is { } latest
                ? new CouncilResult(r.Council, new PrintedPoint(latest.Period.Label, latest.Actual!.Text)) { Plan = repeated.Contains(r.Council) ? r.Plan : null }
                : new CouncilResult(r.Council, null) { Plan = repeated.Contains(r.Council) ? r.Plan : null })
            .ToList();
        var findings = new ChartFindings.Comparison(reference, title, councils, ViewKinds.Of(reports[0].Indicator.Polarity));
        return new ChartView(id, ChartKind.Comparison, findings, wide.Width, wide.Height, wide.Shapes, tableId) { Narrow = narrow };
    }

    private static ChartLayout Layout(IReadOnlyList<Report> reports, IReadOnlyList<Period> periods, List<double> values, ChartFrame frame, double plotHeight)
    {
        var bottom = Top + plotHeight;
        var scale = NiceScale.For(values, bottom, Top)!;
        var unit = reports[0].Indicator.Unit;
        var ticks = scale.Ticks.Select(t => (Value: t, Text: TickLabels.Format(t, unit, scale.Decimals))).ToList();
        var left = R(Math.Max(40, ticks.Max(t => TextRoom.Width(t.Text)) + 14));
        var repeated = reports.GroupBy(r => r.Council).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        ChartLabel NameOf(Report r) => repeated.Contains(r.Council) ? new ChartLabel.CouncilPlan(r.Council, r.Plan) : new ChartLabel.Printed(r.Council);
        int LengthOf(Report r) => repeated.Contains(r.Council) ? r.Council.Length + 2 + r.Plan.Length : r.Council.Length;

        var right = frame.Narrow ? 12 : Math.Clamp(TextRoom.Width(reports.Max(LengthOf), bold: true) + 20 + EndLabels.KeyRoom, 110, 250);
        right = Math.Max(right, TextRoom.Width(periods[^1].Label) / 2 - (frame.Width - right - left) / periods.Count / 2 + 4);
        var plotRight = R(frame.Width - right);
        var step = (plotRight - left) / periods.Count;
        double X(Period p) => R(left + (periods.ToList().FindIndex(x => x.Label == p.Label) + 0.5) * step);
        var shapes = new List<ChartShape>();
        foreach (var (tick, text) in ticks)
        {
            var y = R(scale.Map(tick));
            shapes.Add(new ChartLine(left, y, plotRight, y, tick == 0 ? ChartPart.AxisZero : ChartPart.Grid));
            shapes.Add(new ChartText(R(left - 8), R(y + 5), new ChartLabel.Printed(text), ChartAnchor.End, ChartPart.Tick));
        }

        shapes.Add(new ChartLine(left, bottom, plotRight, bottom, ChartPart.Axis));
        var widest = periods.Max(p => TextRoom.Width(p.Label)) + 10;
        var every = Math.Max(1, (int)Math.Ceiling(widest / step));
        for (var i = 0; i < periods.Count; i++)
        {
            if ((periods.Count - 1 - i) % every == 0) shapes.Add(new ChartText(X(periods[i]), bottom + 20, new ChartLabel.Printed(periods[i].Label), ChartAnchor.Middle, ChartPart.Tick));
        }

        var legend = new LegendFlow(shapes, 8, frame.Width - 8, bottom + 36);
        var endLabels = new EndLabels();
        var nameChars = EndLabels.NameChars(right - EndLabels.KeyRoom);

        // Councils with the same value in the same period would hide each other's markers: each is moved a little aside.
        var dodge = new Dictionary<(string Period, double Y), int>();
        var offsets = reports.Select(r => r.Series.NumericActuals.Select(v =>
        {
            var key = (v.Period.Label, R(scale.Map((double)v.Actual!.Number!.Value)));
            var n = dodge.GetValueOrDefault(key);
            dodge[key] = n + 1;
            return n;
        }).ToList()).ToList();
        double Aside(int report, int point, string period, double y)
        {
            var count = dodge[(period, y)];
            return count == 1 ? 0 : (offsets[report][point] - (count - 1) / 2.0) * Math.Min(10, step / (count + 1));
        }

        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var style = i % 4 + 1;
            var square = i % 2 == 1;
            var index = i;
            var points = report.Series.NumericActuals.Select((v, p) =>
            {
                var y = R(scale.Map((double)v.Actual!.Number!.Value));
                return (X: R(X(v.Period) + Aside(index, p, v.Period.Label, y)), Y: y);
            }).ToList();
            if (points.Count >= 2) shapes.Add(new ChartPath(IndicatorChartBuilder.PathThrough(points), ChartPart.SplitLine) { Series = style });
            foreach (var (x, y) in points) shapes.Add(Marker(x, y, square, style));
            var latest = report.Series.LatestNumericActual;
            if (latest is null) continue;
            var name = NameOf(report);
            if (frame.Narrow)
            {
                legend.Add((x, y) => [new ChartLine(R(x), y, R(x + 20), y, ChartPart.SplitLine) { Series = style }, Marker(R(x + 10), y, square, style)], new ChartLabel.WithValue(name, latest.Actual!.Text), LengthOf(report) + 2 + latest.Actual!.Text.Length, ChartPart.SplitLabel, style);
            }
            else
            {
                var lines = TextRoom.LinesOf(repeated.Contains(report.Council) ? report.Council + ", " + report.Plan : report.Council, nameChars, 3);
                endLabels.Add(points[^1].Y, name, lines, latest.Actual!.Text, ChartPart.SplitLabel, ChartPart.SplitLabel, style, (x, y) => Marker(x, y, square, style));
            }
        }

        var labelsEnd = endLabels.Any ? endLabels.Place(shapes, plotRight, right, Top - 8, bottom + 24) : 0;
        var height = frame.Narrow ? legend.Bottom + 8 : Math.Max(bottom + 32, labelsEnd + 8);
        return new ChartLayout((int)frame.Width, (int)Math.Ceiling(height), shapes);
    }

    private static ChartShape Marker(double x, double y, bool square, int style) =>
        square ? new ChartRect(R(x - 4), R(y - 4), 8, 8, ChartPart.SplitMarker) { Series = style } : new ChartCircle(x, y, 4.5, ChartPart.SplitMarker) { Series = style };
}
