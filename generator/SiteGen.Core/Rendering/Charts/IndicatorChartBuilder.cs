using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Lays out an indicator's chart: actuals as a line with points, estimates dashed with open points,
/// targets as diamonds, comparators as labelled reference lines, split values as separate labelled
/// lines, and periods whose value is not a number as labelled gaps — never as zero. Yes/no,
/// milestone and text indicators get a status strip instead of a line.
/// </summary>
public static class IndicatorChartBuilder
{
    public sealed record Size(int Width, int Height, bool Compact);

    public static readonly Size Large = new(660, 360, false);
    public static readonly Size Small = new(500, 280, true);

    private const double Left = 64;
    private const double Top = 40;
    private const int StripHeight = 160;

    public static ChartView Build(Indicator indicator, IndicatorAssessment assessment, string id, string? tableId, Size size)
    {
        var findings = IndicatorFindings.Of(indicator, assessment);
        var periods = indicator.Values.Select(v => v.Period)
            .Concat(indicator.Comparators.Where(c => c.Period is not null).Select(c => c.Period!))
            .DistinctBy(p => p.Label)
            .OrderBy(p => p.SortKey)
            .ToList();

        if (indicator.Unit is Unit.YesNo or Unit.Milestone or Unit.Text)
        {
            return new ChartView(id, ChartKind.Indicator, findings, size.Width, StripHeight, StatusStrip(indicator, periods, size), tableId);
        }

        return new ChartView(id, ChartKind.Indicator, findings, size.Width, size.Height, LineChart(indicator, periods, size), tableId);
    }

    private static List<ChartShape> LineChart(Indicator indicator, IReadOnlyList<Period> periods, Size size)
    {
        var right = size.Compact ? 120 : 170;
        var bottom = size.Height - 72;
        var plotRight = size.Width - right;
        var shapes = new List<ChartShape>();
        var numbers = indicator.Values.SelectMany(v => new[] { v.Actual, v.Estimate, v.Target })
            .SelectMany(f => f is null ? [] : f.IsSplit ? f.Parts.Select(p => p.Value.Number) : [f.Number])
            .Concat(indicator.Comparators.Select(c => c.Value.Number))
            .OfType<decimal>()
            .Select(d => (double)d)
            .ToList();

        AddPolarity(indicator, shapes, size);
        var scale = NiceScale.For(numbers, bottom, Top);
        if (scale is null || periods.Count == 0)
        {
            shapes.Add(new ChartRect(Left, Top, plotRight - Left, bottom - Top, ChartPart.EmptyPlot));
            shapes.Add(new ChartText(R((Left + plotRight) / 2), R((Top + bottom) / 2), new ChartLabel.NoFigures(), ChartAnchor.Middle, ChartPart.Note));
            return shapes;
        }

        var step = (plotRight - Left) / periods.Count;
        double X(Period p) => R(Left + (IndexOf(periods, p) + 0.5) * step);
        double Y(decimal v) => R(scale.Map((double)v));

        // Grid and axes.
        foreach (var tick in scale.Ticks)
        {
            var y = R(scale.Map(tick));
            shapes.Add(new ChartLine(Left, y, plotRight, y, tick == 0 ? ChartPart.AxisZero : ChartPart.Grid));
            shapes.Add(new ChartText(Left - 8, R(y + 5), new ChartLabel.Printed(TickLabels.Format(tick, indicator.Unit, scale.Decimals)), ChartAnchor.End, ChartPart.Tick));
        }

        shapes.Add(new ChartLine(Left, bottom, plotRight, bottom, ChartPart.Axis));
        foreach (var p in periods)
        {
            shapes.Add(new ChartText(X(p), bottom + 20, new ChartLabel.Printed(p.Label), ChartAnchor.Middle, ChartPart.Tick));
        }

        shapes.Add(new ChartText(R((Left + plotRight) / 2), bottom + 40, new ChartLabel.PeriodAxis(ViewKinds.Of(indicator.PeriodKind)), ChartAnchor.Middle, ChartPart.AxisTitle));
        if (TickLabels.NeedsAxisTitle(indicator.Unit)) shapes.Add(new ChartText(Left - 8, Top - 14, new ChartLabel.UnitAxis(ViewKinds.Of(indicator.Unit)), ChartAnchor.End, ChartPart.AxisTitle));

        // Comparators: reference lines, labelled at their right-hand end.
        var comparatorIndex = 0;
        foreach (var (name, group) in IndicatorFindings.ComparatorGroups(indicator))
        {
            comparatorIndex++;
            var series = Math.Min(comparatorIndex, 4);
            var points = group.Where(c => c.Period is not null).OrderBy(c => c.Period!.SortKey).ToList();
            if (points.Count >= 2)
            {
                shapes.Add(new ChartPath(PathThrough(points.Select(c => (X(c.Period!), Y(c.Value.Number!.Value)))), ChartPart.ComparatorLine) { Series = series });
                AddEndLabel(shapes, plotRight, Y(points[^1].Value.Number!.Value), name, points[^1].Value.Text, series, size);
            }
            else
            {
                var c = points.FirstOrDefault() ?? group[0];
                var y = Y(c.Value.Number!.Value);
                var (x1, x2) = c.Period is null ? (Left, plotRight) : (R(X(c.Period) - step * 0.4), R(X(c.Period) + step * 0.4));
                shapes.Add(new ChartLine(x1, y, x2, y, ChartPart.ComparatorLine) { Series = series });
                AddEndLabel(shapes, plotRight, y, name, c.Value.Text, series, size);
            }
        }

        // Targets: diamonds, never joined to the actuals.
        foreach (var v in indicator.Values.Where(v => v.Target?.Number is not null))
        {
            shapes.Add(new ChartPath(Diamond(X(v.Period), Y(v.Target!.Number!.Value)), ChartPart.TargetMarker));
        }

        // Actuals: a line broken at each period whose value is not a number, which is labelled instead.
        var segments = new List<List<(double X, double Y)>> { new() };
        foreach (var v in indicator.Values.Where(v => v.Actual is { IsSplit: false }))
        {
            if (v.Actual!.Number is { } n) segments[^1].Add((X(v.Period), Y(n)));
            else
            {
                segments.Add([]);
                var x = X(v.Period);
                shapes.Add(new ChartLine(x, Top, x, bottom, ChartPart.Gap));
                shapes.Add(new ChartText(x, R(bottom - 8), new ChartLabel.Printed(v.Actual.Text), ChartAnchor.Middle, ChartPart.GapLabel) { MaxLength = Room(size) });
            }
        }

        foreach (var segment in segments.Where(s => s.Count >= 2)) shapes.Add(new ChartPath(PathThrough(segment), ChartPart.ActualLine));
        foreach (var (x, y) in segments.SelectMany(s => s)) shapes.Add(new ChartCircle(x, y, 4.5, ChartPart.ActualMarker));

        // Estimates: dashed on from the last actual, open points.
        var estimates = indicator.Values.Where(v => v.Estimate?.Number is not null).Select(v => (X(v.Period), Y(v.Estimate!.Number!.Value))).ToList();
        if (estimates.Count > 0)
        {
            var from = segments.LastOrDefault(s => s.Count > 0)?.LastOrDefault();
            var line = from is { } f && f.X < estimates[0].Item1 ? estimates.Prepend(f).ToList() : estimates;
            if (line.Count >= 2) shapes.Add(new ChartPath(PathThrough(line), ChartPart.EstimateLine));
            foreach (var (x, y) in estimates) shapes.Add(new ChartCircle(x, y, 4.5, ChartPart.EstimateMarker));
        }

        // Split values: one labelled line per part, each with its own marker shape.
        var partNames = indicator.Values.Where(v => v.Actual is { IsSplit: true }).SelectMany(v => v.Actual!.Parts.Select(p => p.Name)).Distinct().ToList();
        for (var i = 0; i < partNames.Count; i++)
        {
            var name = partNames[i];
            var series = Math.Min(i + 1, 4);
            var points = indicator.Values
                .Where(v => v.Actual is { IsSplit: true })
                .Select(v => (v.Period, Part: v.Actual!.Parts.FirstOrDefault(p => p.Name == name)))
                .Where(x => x.Part?.Value.Number is not null)
                .Select(x => (X(x.Period), Y(x.Part!.Value.Number!.Value)))
                .ToList();
            if (points.Count >= 2) shapes.Add(new ChartPath(PathThrough(points), ChartPart.SplitLine) { Series = series });
            foreach (var (x, y) in points) shapes.Add(i % 2 == 0 ? new ChartRect(R(x - 4), R(y - 4), 8, 8, ChartPart.SplitMarker) { Series = series } : new ChartPath(Triangle(x, y), ChartPart.SplitMarker) { Series = series });
            if (points.Count > 0) shapes.Add(new ChartText(R(points[^1].Item1 + 8), R(points[^1].Item2 + 4), new ChartLabel.Printed(name), ChartAnchor.Start, ChartPart.SplitLabel) { Series = series });
        }

        AddLegend(indicator, shapes, size, estimates.Count > 0);
        return shapes;
    }

    private static List<ChartShape> StatusStrip(Indicator indicator, IReadOnlyList<Period> periods, Size size)
    {
        var shapes = new List<ChartShape>();
        AddPolarity(indicator, shapes, size);
        if (periods.Count == 0) return shapes;
        var width = (size.Width - Left) / periods.Count;
        var y = Top + 20;
        foreach (var p in periods)
        {
            var i = IndexOf(periods, p);
            var x = R(Left + i * width);
            var v = indicator.Values.FirstOrDefault(s => s.Period.Label == p.Label);
            shapes.Add(new ChartRect(x, y, R(width - 6), 84, v?.Actual is null ? ChartPart.EmptyStripCell : ChartPart.StripCell));
            shapes.Add(new ChartText(R(x + (width - 6) / 2), y + 22, new ChartLabel.Printed(p.Label), ChartAnchor.Middle, ChartPart.Tick));
            ChartLabel value = v?.Actual is null ? new ChartLabel.NoValue() : new ChartLabel.Printed(v.Actual.Text);
            shapes.Add(new ChartText(R(x + (width - 6) / 2), y + 48, value, ChartAnchor.Middle, ChartPart.StripValue) { MaxLength = Room(size) });
            if (v?.Target is not null) shapes.Add(new ChartText(R(x + (width - 6) / 2), y + 72, new ChartLabel.StripTarget(v.Target.Text), ChartAnchor.Middle, ChartPart.StripTarget) { MaxLength = Room(size) });
        }

        shapes.Add(new ChartText(8, R(y + 48), new ChartLabel.ResultAxis(), ChartAnchor.Start, ChartPart.AxisTitle));
        return shapes;
    }

    /// <summary>A reference line's label at the right: its name (shortened if long) above its value, which is never shortened.</summary>
    private static void AddEndLabel(List<ChartShape> shapes, double plotRight, double y, ChartLabel name, string value, int series, Size size)
    {
        shapes.Add(new ChartText(R(plotRight + 8), R(y - 2), name, ChartAnchor.Start, ChartPart.ComparatorName) { Series = series, MaxLength = Room(size) });
        shapes.Add(new ChartText(R(plotRight + 8), R(y + 13), new ChartLabel.Printed(value), ChartAnchor.Start, ChartPart.ComparatorValue) { Series = series });
    }

    /// <summary>Which way is better, at the top right; nothing when neither is.</summary>
    private static void AddPolarity(Indicator indicator, List<ChartShape> shapes, Size size)
    {
        if (indicator.Polarity == Polarity.Neither) return;
        shapes.Add(new ChartText(size.Width - 8, 20, new ChartLabel.PolarityArrow(ViewKinds.Of(indicator.Polarity)), ChartAnchor.End, ChartPart.Polarity));
    }

    private static void AddLegend(Indicator indicator, List<ChartShape> shapes, Size size, bool hasEstimates)
    {
        var y = size.Height - 10;
        var x = Left;
        // Each entry's width is room for its English word.
        void Item(ChartShape marker, ChartSeries series, double width)
        {
            shapes.Add(marker);
            shapes.Add(new ChartText(R(x + 12), y + 4, new ChartLabel.Legend(series), ChartAnchor.Start, ChartPart.Legend));
            x += width;
        }

        if (indicator.Values.Any(v => v.Actual?.Number is not null)) Item(new ChartCircle(R(x + 4), y, 4.5, ChartPart.ActualMarker), ChartSeries.Actual, 80);
        if (hasEstimates) Item(new ChartCircle(R(x + 4), y, 4.5, ChartPart.EstimateMarker), ChartSeries.Estimate, 96);
        if (indicator.Values.Any(v => v.Target?.Number is not null)) Item(new ChartPath(Diamond(R(x + 4), y), ChartPart.TargetMarker), ChartSeries.Target, 80);
    }

    private static int IndexOf(IReadOnlyList<Period> periods, Period p)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Label == p.Label) return i;
        }

        return 0;
    }

    /// <summary>How many characters of a label fit beside the plot or in a cell; longer ones are shortened in the picture only.</summary>
    private static int Room(Size size) => size.Compact ? 14 : 22;

    public static string PathThrough(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{N(p.X)} {N(p.Y)}"));

    public static string Diamond(double x, double y) => $"M{N(x)} {N(y - 6)} L{N(x + 6)} {N(y)} L{N(x)} {N(y + 6)} L{N(x - 6)} {N(y)} Z";

    private static string Triangle(double x, double y) => $"M{N(x)} {N(y - 5)} L{N(x + 5)} {N(y + 4)} L{N(x - 5)} {N(y + 4)} Z";
}
