using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Lays out an indicator's chart: actuals as a line with points, estimates dashed with open points,
/// targets as diamonds, the path from the latest result to the next target, comparators as labelled
/// reference lines, split values as separate labelled lines, and periods whose value is not a number as
/// labelled gaps — never as zero. Yes/no, milestone and text indicators get a status strip instead of a
/// line. Each chart is laid out for a desktop column and again for a phone (see <see cref="ChartFrame"/>).
/// </summary>
public static class IndicatorChartBuilder
{
    /// <summary>The desktop layout's width and plot height; compact charts sit several to a page.</summary>
    public sealed record Size(int Width, int PlotHeight, bool Compact);

    public static readonly Size Large = new((int)ChartFrame.Column.Width, 260, false);
    public static readonly Size Small = new(640, 190, true);

    private const double Top = 40;
    private const int PhonePlotHeight = 190;

    public static ChartView Build(Indicator indicator, IndicatorAssessment assessment, string id, string? tableId, Size size)
    {
        var findings = IndicatorFindings.Of(indicator, assessment);
        var periods = indicator.Values.Select(v => v.Period)
            .Concat(indicator.Comparators.Where(c => c.Period is not null).Select(c => c.Period!))
            .DistinctBy(p => p.Label)
            .OrderBy(p => p.SortKey)
            .ToList();

        var desktop = new ChartFrame(size.Width, false);
        var (wide, narrow) = indicator.Unit is Unit.YesNo or Unit.Milestone or Unit.Text
            ? (StatusStrip(indicator, periods, desktop), StatusStrip(indicator, periods, ChartFrame.Phone))
            : (LineChart(indicator, assessment, periods, desktop, size.PlotHeight), LineChart(indicator, assessment, periods, ChartFrame.Phone, PhonePlotHeight));
        return new ChartView(id, ChartKind.Indicator, findings, wide.Width, wide.Height, wide.Shapes, tableId) { Narrow = narrow };
    }

    private static ChartLayout LineChart(Indicator indicator, IndicatorAssessment assessment, IReadOnlyList<Period> periods, ChartFrame frame, int plotHeight)
    {
        var shapes = new List<ChartShape>();
        var numbers = indicator.Values.SelectMany(v => new[] { v.Actual, v.Estimate, v.Target })
            .SelectMany(f => f is null ? [] : f.IsSplit ? f.Parts.Select(p => p.Value.Number) : [f.Number])
            .Concat(indicator.Comparators.Select(c => c.Value.Number))
            .OfType<decimal>()
            .Select(d => (double)d)
            .ToList();

        var bottom = Top + plotHeight;
        AddTitles(indicator, shapes, frame);
        var scale = NiceScale.For(numbers, bottom, Top);
        if (scale is null || periods.Count == 0)
        {
            shapes.Add(new ChartRect(8, Top, R(frame.Width - 16), plotHeight, ChartPart.EmptyPlot));
            shapes.Add(new ChartText(R(frame.Width / 2), R((Top + bottom) / 2), new ChartLabel.NoFigures(), ChartAnchor.Middle, ChartPart.Note) { MaxLength = TextRoom.Chars(frame.Width - 32) });
            return new ChartLayout((int)frame.Width, (int)(bottom + 8), shapes);
        }

        var ticks = scale.Ticks.Select(t => (Value: t, Text: TickLabels.Format(t, indicator.Unit, scale.Decimals))).ToList();
        var left = R(Math.Max(40, ticks.Max(t => TextRoom.Width(t.Text)) + 14));
        var comparatorGroups = IndicatorFindings.ComparatorGroups(indicator);
        var partNames = indicator.Values.Where(v => v.Actual is { IsSplit: true }).SelectMany(v => v.Actual!.Parts.Select(p => p.Name)).Distinct().ToList();

        // On a desktop, comparators and split parts are named at the lines' ends, in room sized for the longest name.
        var endNames = comparatorGroups.Select(g => NameLength(g.Name)).Concat(partNames.Select(n => n.Length)).ToList();
        var right = frame.Narrow ? 12 : endNames.Count == 0 ? 24 : Math.Clamp(TextRoom.Width(endNames.Max(), bold: true) + 20, 110, 210);

        // The last period's label is centred under its point: the margin makes room for the half that sticks out.
        var halfLabel = TextRoom.Width(periods[^1].Label) / 2;
        right = Math.Max(right, halfLabel - (frame.Width - right - left) / periods.Count / 2 + 4);
        var plotRight = R(frame.Width - right);
        var step = (plotRight - left) / periods.Count;
        double X(Period p) => R(left + (IndexOf(periods, p) + 0.5) * step);
        double Y(decimal v) => R(scale.Map((double)v));

        // Grid and axes.
        foreach (var (tick, text) in ticks)
        {
            var y = R(scale.Map(tick));
            shapes.Add(new ChartLine(left, y, plotRight, y, tick == 0 ? ChartPart.AxisZero : ChartPart.Grid));
            shapes.Add(new ChartText(R(left - 8), R(y + 5), new ChartLabel.Printed(text), ChartAnchor.End, ChartPart.Tick));
        }

        shapes.Add(new ChartLine(left, bottom, plotRight, bottom, ChartPart.Axis));
        AddPeriodLabels(shapes, periods, X, step, bottom);
        shapes.Add(new ChartText(R((left + plotRight) / 2), bottom + 42, new ChartLabel.PeriodAxis(ViewKinds.Of(indicator.PeriodKind)), ChartAnchor.Middle, ChartPart.AxisTitle));

        // The legend's entries are added once the end labels are placed, so it starts below them.
        var entries = new List<Action<LegendFlow>>();
        var endLabels = new EndLabels();
        var nameChars = EndLabels.NameChars(right);

        // Comparators: reference lines, named at their right-hand end (on a phone, in the legend).
        var comparatorIndex = 0;
        foreach (var (name, group) in comparatorGroups)
        {
            comparatorIndex++;
            var series = Math.Min(comparatorIndex, 4);
            var points = group.Where(c => c.Period is not null).OrderBy(c => c.Period!.SortKey).ToList();
            var last = points.Count > 0 ? points[^1] : group[0];
            double endY;
            if (points.Count >= 2)
            {
                shapes.Add(new ChartPath(PathThrough(points.Select(c => (X(c.Period!), Y(c.Value.Number!.Value)))), ChartPart.ComparatorLine) { Series = series });
                endY = Y(last.Value.Number!.Value);
            }
            else
            {
                endY = Y(last.Value.Number!.Value);
                var (x1, x2) = last.Period is null ? (left, plotRight) : (R(X(last.Period) - step * 0.4), R(X(last.Period) + step * 0.4));
                shapes.Add(new ChartLine(x1, endY, x2, endY, ChartPart.ComparatorLine) { Series = series });
            }

            if (frame.Narrow) entries.Add(l => l.Add(LegendFlow.LineKey(ChartPart.ComparatorLine, series), new ChartLabel.WithValue(name, last.Value.Text), NameLength(name) + 2 + last.Value.Text.Length));
            else endLabels.Add(endY, name, LinesOf(name, nameChars), last.Value.Text, ChartPart.ComparatorName, ChartPart.ComparatorValue, series);
        }

        // The path from the latest result to the next target: the change needed to reach it on time. A split
        // indicator has one for each part that has both.
        var paths = Paths(indicator, assessment);
        foreach (var (from, fromValue, to, toValue) in paths) shapes.Add(new ChartLine(X(from), Y(fromValue), X(to), Y(toValue), ChartPart.PathLine));

        // Targets: diamonds, never joined to the actuals; a split target has one for each part.
        foreach (var v in indicator.Values.Where(v => v.Target is not null))
        {
            var targets = v.Target!.IsSplit ? v.Target.Parts.Select(p => p.Value.Number) : [v.Target.Number];
            foreach (var target in targets.OfType<decimal>()) shapes.Add(new ChartPath(Diamond(X(v.Period), Y(target)), ChartPart.TargetMarker));
        }

        // Actuals: a line broken at each period whose value is not a number, which is labelled instead.
        var segments = new List<List<(double X, double Y)>> { new() };
        // A gap's label may run a little past its slot: a period with no number has nothing drawn near the axis.
        var gapChars = TextRoom.Chars(Math.Max(step - 6, 84));
        foreach (var v in indicator.Values.Where(v => v.Actual is { IsSplit: false }))
        {
            if (v.Actual!.Number is { } n) segments[^1].Add((X(v.Period), Y(n)));
            else
            {
                segments.Add([]);
                var x = X(v.Period);
                var lines = TextRoom.LinesOf(v.Actual.Text, gapChars, 3);
                shapes.Add(new ChartLine(x, Top, x, bottom, ChartPart.Gap));
                shapes.Add(new ChartText(x, R(bottom - 8 - (lines - 1) * TextRoom.Line), new ChartLabel.Printed(v.Actual.Text), ChartAnchor.Middle, ChartPart.GapLabel) { MaxLength = gapChars, Lines = 3 });
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

        // Split values: one line per part, each with its own marker shape, named at its end (on a phone, in the legend).
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
            foreach (var (x, y) in points) shapes.Add(SplitMarker(x, y, i % 2 == 0, series));
            if (points.Count == 0) continue;
            var square = i % 2 == 0;
            if (frame.Narrow) entries.Add(l => l.Add((x, y) => [new ChartLine(R(x), y, R(x + 20), y, ChartPart.SplitLine) { Series = series }, SplitMarker(R(x + 10), y, square, series)], new ChartLabel.Printed(name), name.Length, ChartPart.SplitLabel, series));
            else endLabels.Add(points[^1].Item2, new ChartLabel.Printed(name), TextRoom.LinesOf(name, nameChars, 2), null, ChartPart.SplitLabel, ChartPart.SplitLabel, series);
        }

        var labelsEnd = endLabels.Any ? endLabels.Place(shapes, plotRight, right, Top - 8, bottom + 16) : 0;
        var legend = new LegendFlow(shapes, 8, frame.Width - 8, Math.Max(bottom + 56, labelsEnd + 12));
        AddLegend(indicator, legend, estimates.Count > 0, paths.Count > 0 ? paths[0].To.Label : null);
        foreach (var entry in entries) entry(legend);

        return new ChartLayout((int)frame.Width, (int)Math.Ceiling(legend.Bottom + 8), shapes);
    }

    /// <summary>Period labels under the axis; where they would touch, every second (or third…) is left out, counting back from the latest.</summary>
    private static void AddPeriodLabels(List<ChartShape> shapes, IReadOnlyList<Period> periods, Func<Period, double> x, double step, double bottom)
    {
        var widest = periods.Max(p => TextRoom.Width(p.Label)) + 10;
        var every = Math.Max(1, (int)Math.Ceiling(widest / step));
        for (var i = 0; i < periods.Count; i++)
        {
            if ((periods.Count - 1 - i) % every != 0) continue;
            shapes.Add(new ChartText(x(periods[i]), bottom + 20, new ChartLabel.Printed(periods[i].Label), ChartAnchor.Middle, ChartPart.Tick));
        }
    }

    /// <summary>
    /// A grid of cells, one per period, with its result and target as printed; as many cells to a row as fit
    /// at a readable width, so a phone shows two or three to a row and a desktop all of them.
    /// </summary>
    private static ChartLayout StatusStrip(Indicator indicator, IReadOnlyList<Period> periods, ChartFrame frame)
    {
        var shapes = new List<ChartShape>();
        AddTitles(indicator, shapes, frame);
        const double top = 32, cellHeight = 100, gap = 6;
        if (periods.Count == 0) return new ChartLayout((int)frame.Width, (int)top, shapes);
        var left = frame.Narrow ? 8 : 72.0;
        if (!frame.Narrow) shapes.Add(new ChartText(8, R(top + 56), new ChartLabel.ResultAxis(), ChartAnchor.Start, ChartPart.AxisTitle));
        var columns = Math.Clamp((int)((frame.Width - left - 8) / (frame.Narrow ? 148 : 120)), 1, periods.Count);
        var width = (frame.Width - left - 8) / columns;
        var chars = TextRoom.Chars(width - 12);
        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            var x = R(left + (i % columns) * width);
            var y = R(top + (i / columns) * (cellHeight + gap));
            var middle = R(x + (width - gap) / 2);
            var v = indicator.Values.FirstOrDefault(s => s.Period.Label == p.Label);
            shapes.Add(new ChartRect(x, y, R(width - gap), cellHeight, v?.Actual is null ? ChartPart.EmptyStripCell : ChartPart.StripCell));
            shapes.Add(new ChartText(middle, R(y + 22), new ChartLabel.Printed(p.Label), ChartAnchor.Middle, ChartPart.Tick) { MaxLength = chars });
            ChartLabel value = v?.Actual is null ? new ChartLabel.NoValue() : new ChartLabel.Printed(v.Actual.Text);
            shapes.Add(new ChartText(middle, R(y + 48), value, ChartAnchor.Middle, ChartPart.StripValue) { MaxLength = TextRoom.Chars(width - 12, bold: true) });
            if (v?.Target is not null) shapes.Add(new ChartText(middle, R(y + 76), new ChartLabel.StripTarget(v.Target.Text), ChartAnchor.Middle, ChartPart.StripTarget) { MaxLength = chars });
        }

        var rows = (periods.Count + columns - 1) / columns;
        return new ChartLayout((int)frame.Width, (int)(top + rows * (cellHeight + gap) + 4), shapes);
    }

    /// <summary>Which way is better, at the top right (nothing when neither is); and what the values count, at the top left, where the tick numbers do not say it.</summary>
    private static void AddTitles(Indicator indicator, List<ChartShape> shapes, ChartFrame frame)
    {
        if (indicator.Polarity != Polarity.Neither) shapes.Add(new ChartText(R(frame.Width - 8), 20, new ChartLabel.PolarityArrow(ViewKinds.Of(indicator.Polarity)), ChartAnchor.End, ChartPart.Polarity));
        if (indicator.Unit is not (Unit.YesNo or Unit.Milestone or Unit.Text) && TickLabels.NeedsAxisTitle(indicator.Unit))
        {
            shapes.Add(new ChartText(8, 20, new ChartLabel.UnitAxis(ViewKinds.Of(indicator.Unit)), ChartAnchor.Start, ChartPart.AxisTitle));
        }
    }

    /// <summary>
    /// From the latest result that is a number to the first target that is a number in a later period; for a
    /// split indicator, the same for each part, by its name.
    /// </summary>
    private static List<(Period From, decimal FromValue, Period To, decimal ToValue)> Paths(Indicator indicator, IndicatorAssessment assessment)
    {
        var paths = new List<(Period, decimal, Period, decimal)>();
        if (assessment.Series.LatestNumericActual is { } latest
            && indicator.Values.FirstOrDefault(v => v.Target?.Number is not null && v.Period.SortKey > latest.Period.SortKey) is { } next)
        {
            paths.Add((latest.Period, latest.Actual!.Number!.Value, next.Period, next.Target!.Number!.Value));
        }

        foreach (var part in indicator.Values.Where(v => v.Actual is { IsSplit: true }).SelectMany(v => v.Actual!.Parts.Select(p => p.Name)).Distinct())
        {
            static decimal? Part(Figure? figure, string name) => figure?.Parts.FirstOrDefault(p => p.Name == name)?.Value.Number;
            var from = indicator.Values.LastOrDefault(v => Part(v.Actual, part) is not null);
            var to = from is null ? null : indicator.Values.FirstOrDefault(v => v.Period.SortKey > from.Period.SortKey && Part(v.Target, part) is not null);
            if (from is not null && to is not null) paths.Add((from.Period, Part(from.Actual, part)!.Value, to.Period, Part(to.Target, part)!.Value));
        }

        return paths;
    }

    /// <summary>Entries for the series drawn; each entry is sized for its English words.</summary>
    private static void AddLegend(Indicator indicator, LegendFlow legend, bool hasEstimates, string? pathTo)
    {
        if (indicator.Values.Any(v => v.Actual?.Number is not null)) legend.Add(LegendFlow.MarkerKey((x, y) => new ChartCircle(x, y, 4.5, ChartPart.ActualMarker)), new ChartLabel.Legend(ChartSeries.Actual), 6);
        if (hasEstimates) legend.Add(LegendFlow.MarkerKey((x, y) => new ChartCircle(x, y, 4.5, ChartPart.EstimateMarker)), new ChartLabel.Legend(ChartSeries.Estimate), 8);
        if (indicator.Values.Any(v => v.Target?.Number is not null || v.Target is { IsSplit: true })) legend.Add(LegendFlow.MarkerKey((x, y) => new ChartPath(Diamond(x, y), ChartPart.TargetMarker)), new ChartLabel.Legend(ChartSeries.Target), 6);
        if (pathTo is not null) legend.Add(LegendFlow.LineKey(ChartPart.PathLine), new ChartLabel.PathToTarget(pathTo), 26 + pathTo.Length);
    }

    /// <summary>About how long a comparator's name is in English: its own label, or the name of its kind.</summary>
    private static int NameLength(ChartLabel.ComparatorName name) => name.Label?.Length ?? 20;

    private static int LinesOf(ChartLabel.ComparatorName name, int chars) => name.Label is { } label ? TextRoom.LinesOf(label, chars, 2) : NameLength(name) > chars ? 2 : 1;

    private static ChartShape SplitMarker(double x, double y, bool square, int series) =>
        square ? new ChartRect(R(x - 4), R(y - 4), 8, 8, ChartPart.SplitMarker) { Series = series } : new ChartPath(Triangle(x, y), ChartPart.SplitMarker) { Series = series };

    private static int IndexOf(IReadOnlyList<Period> periods, Period p)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Label == p.Label) return i;
        }

        return 0;
    }

    public static string PathThrough(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{N(p.X)} {N(p.Y)}"));

    public static string Diamond(double x, double y) => $"M{N(x)} {N(y - 6)} L{N(x + 6)} {N(y)} L{N(x)} {N(y + 6)} L{N(x - 6)} {N(y)} Z";

    private static string Triangle(double x, double y) => $"M{N(x)} {N(y - 5)} L{N(x + 5)} {N(y + 4)} L{N(x - 5)} {N(y + 4)} Z";
}
