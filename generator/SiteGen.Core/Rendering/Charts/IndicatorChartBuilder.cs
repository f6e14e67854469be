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
        var title = $"{(indicator.Reference is null ? string.Empty : indicator.Reference + ": ")}{indicator.Title}";
        var description = ChartSentences.Describe(indicator, assessment);
        var periods = indicator.Values.Select(v => v.Period)
            .Concat(indicator.Comparators.Where(c => c.Period is not null).Select(c => c.Period!))
            .DistinctBy(p => p.Label)
            .OrderBy(p => p.SortKey)
            .ToList();

        if (indicator.Unit is Unit.YesNo or Unit.Milestone or Unit.Text)
        {
            return new ChartView(id, "indicator", title, description, size.Width, StripHeight, StatusStrip(indicator, periods, size), tableId);
        }

        return new ChartView(id, "indicator", title, description, size.Width, size.Height, LineChart(indicator, periods, size), tableId);
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
            shapes.Add(new ChartRect(Left, Top, plotRight - Left, bottom - Top, "plot-empty"));
            shapes.Add(new ChartText(R((Left + plotRight) / 2), R((Top + bottom) / 2), "No figures to draw: see the table", "middle", "note"));
            return shapes;
        }

        var step = (plotRight - Left) / periods.Count;
        double X(Period p) => R(Left + (IndexOf(periods, p) + 0.5) * step);
        double Y(decimal v) => R(scale.Map((double)v));

        // Grid and axes.
        foreach (var tick in scale.Ticks)
        {
            var y = R(scale.Map(tick));
            shapes.Add(new ChartLine(Left, y, plotRight, y, tick == 0 ? "axis zero" : "grid"));
            shapes.Add(new ChartText(Left - 8, R(y + 5), TickLabels.Format(tick, indicator.Unit, scale.Decimals), "end", "tick"));
        }

        shapes.Add(new ChartLine(Left, bottom, plotRight, bottom, "axis"));
        foreach (var p in periods)
        {
            shapes.Add(new ChartText(X(p), bottom + 20, p.Label, "middle", "tick"));
        }

        shapes.Add(new ChartText(R((Left + plotRight) / 2), bottom + 40, PeriodAxisTitle(indicator), "middle", "axis-title"));
        if (TickLabels.AxisTitle(indicator.Unit) is { } unitTitle) shapes.Add(new ChartText(Left - 8, Top - 14, unitTitle, "end", "axis-title"));

        // Comparators: reference lines, labelled at their right-hand end.
        var comparatorIndex = 0;
        foreach (var group in indicator.Comparators.Where(c => c.Value.Number is not null).GroupBy(c => c.Label ?? Words.Of(c.Against)))
        {
            comparatorIndex++;
            var cls = $"comparator comparator-{Math.Min(comparatorIndex, 4)}";
            var points = group.Where(c => c.Period is not null).OrderBy(c => c.Period!.SortKey).ToList();
            if (points.Count >= 2)
            {
                shapes.Add(new ChartPath(PathThrough(points.Select(c => (X(c.Period!), Y(c.Value.Number!.Value)))), cls));
                AddEndLabel(shapes, plotRight, Y(points[^1].Value.Number!.Value), group.Key, points[^1].Value.Text, cls, size);
            }
            else
            {
                var c = points.FirstOrDefault() ?? group.First();
                var y = Y(c.Value.Number!.Value);
                var (x1, x2) = c.Period is null ? (Left, plotRight) : (R(X(c.Period) - step * 0.4), R(X(c.Period) + step * 0.4));
                shapes.Add(new ChartLine(x1, y, x2, y, cls));
                AddEndLabel(shapes, plotRight, y, group.Key, c.Value.Text, cls, size);
            }
        }

        // Targets: diamonds, never joined to the actuals.
        foreach (var v in indicator.Values.Where(v => v.Target?.Number is not null))
        {
            shapes.Add(new ChartPath(Diamond(X(v.Period), Y(v.Target!.Number!.Value)), "target marker"));
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
                shapes.Add(new ChartLine(x, Top, x, bottom, "gap"));
                shapes.Add(new ChartText(x, R(bottom - 8), Shorten(v.Actual.Text, size), "middle", "gap-label"));
            }
        }

        foreach (var segment in segments.Where(s => s.Count >= 2)) shapes.Add(new ChartPath(PathThrough(segment), "actual line"));
        foreach (var (x, y) in segments.SelectMany(s => s)) shapes.Add(new ChartCircle(x, y, 4.5, "actual marker"));

        // Estimates: dashed on from the last actual, open points.
        var estimates = indicator.Values.Where(v => v.Estimate?.Number is not null).Select(v => (X(v.Period), Y(v.Estimate!.Number!.Value))).ToList();
        if (estimates.Count > 0)
        {
            var from = segments.LastOrDefault(s => s.Count > 0)?.LastOrDefault();
            var line = from is { } f && f.X < estimates[0].Item1 ? estimates.Prepend(f).ToList() : estimates;
            if (line.Count >= 2) shapes.Add(new ChartPath(PathThrough(line), "estimate line"));
            foreach (var (x, y) in estimates) shapes.Add(new ChartCircle(x, y, 4.5, "estimate marker"));
        }

        // Split values: one labelled line per part, each with its own marker shape.
        var partNames = indicator.Values.Where(v => v.Actual is { IsSplit: true }).SelectMany(v => v.Actual!.Parts.Select(p => p.Name)).Distinct().ToList();
        for (var i = 0; i < partNames.Count; i++)
        {
            var name = partNames[i];
            var cls = $"split split-{Math.Min(i + 1, 4)}";
            var points = indicator.Values
                .Where(v => v.Actual is { IsSplit: true })
                .Select(v => (v.Period, Part: v.Actual!.Parts.FirstOrDefault(p => p.Name == name)))
                .Where(x => x.Part?.Value.Number is not null)
                .Select(x => (X(x.Period), Y(x.Part!.Value.Number!.Value)))
                .ToList();
            if (points.Count >= 2) shapes.Add(new ChartPath(PathThrough(points), cls + " line"));
            foreach (var (x, y) in points) shapes.Add(i % 2 == 0 ? new ChartRect(R(x - 4), R(y - 4), 8, 8, cls + " marker") : new ChartPath(Triangle(x, y), cls + " marker"));
            if (points.Count > 0) shapes.Add(new ChartText(R(points[^1].Item1 + 8), R(points[^1].Item2 + 4), name, "start", cls + " label"));
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
            shapes.Add(new ChartRect(x, y, R(width - 6), 84, v?.Actual is null ? "strip-cell empty" : "strip-cell"));
            shapes.Add(new ChartText(R(x + (width - 6) / 2), y + 22, p.Label, "middle", "tick"));
            shapes.Add(new ChartText(R(x + (width - 6) / 2), y + 48, Shorten(v?.Actual?.Text ?? "—", size), "middle", "strip-value"));
            if (v?.Target is not null) shapes.Add(new ChartText(R(x + (width - 6) / 2), y + 72, Shorten("Target: " + v.Target.Text, size), "middle", "strip-target"));
        }

        shapes.Add(new ChartText(8, R(y + 48), "Result", "start", "axis-title"));
        return shapes;
    }

    /// <summary>A reference line's label at the right: its name (shortened if long) above its value, which is never shortened.</summary>
    private static void AddEndLabel(List<ChartShape> shapes, double plotRight, double y, string name, string value, string cls, Size size)
    {
        shapes.Add(new ChartText(R(plotRight + 8), R(y - 2), Shorten(name, size), "start", cls + " label"));
        shapes.Add(new ChartText(R(plotRight + 8), R(y + 13), value, "start", cls + " label value"));
    }

    private static void AddPolarity(Indicator indicator, List<ChartShape> shapes, Size size)
    {
        var text = indicator.Polarity switch
        {
            Polarity.HigherIsBetter => "↑ Higher is better",
            Polarity.LowerIsBetter => "↓ Lower is better",
            _ => null,
        };
        if (text is not null) shapes.Add(new ChartText(size.Width - 8, 20, text, "end", "polarity"));
    }

    private static void AddLegend(Indicator indicator, List<ChartShape> shapes, Size size, bool hasEstimates)
    {
        var y = size.Height - 10;
        var x = Left;
        void Item(ChartShape marker, string text, double width)
        {
            shapes.Add(marker);
            shapes.Add(new ChartText(R(x + 12), y + 4, text, "start", "legend"));
            x += width;
        }

        if (indicator.Values.Any(v => v.Actual?.Number is not null)) Item(new ChartCircle(R(x + 4), y, 4.5, "actual marker"), "Actual", 80);
        if (hasEstimates) Item(new ChartCircle(R(x + 4), y, 4.5, "estimate marker"), "Estimate", 96);
        if (indicator.Values.Any(v => v.Target?.Number is not null)) Item(new ChartPath(Diamond(R(x + 4), y), "target marker"), "Target", 80);
    }

    private static string PeriodAxisTitle(Indicator indicator) => indicator.PeriodKind switch
    {
        PeriodKind.AcademicYear => "Academic year",
        PeriodKind.CalendarYear => "Year",
        PeriodKind.Quarter => "Quarter",
        _ => "Financial year",
    };

    private static int IndexOf(IReadOnlyList<Period> periods, Period p)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Label == p.Label) return i;
        }

        return 0;
    }

    /// <summary>Long printed values are shortened in the picture only; the table and the description keep them whole.</summary>
    private static string Shorten(string text, Size size)
    {
        var max = size.Compact ? 14 : 22;
        return text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
    }

    public static string PathThrough(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{N(p.X)} {N(p.Y)}"));

    public static string Diamond(double x, double y) => $"M{N(x)} {N(y - 6)} L{N(x + 6)} {N(y)} L{N(x)} {N(y + 6)} L{N(x - 6)} {N(y)} Z";

    private static string Triangle(double x, double y) => $"M{N(x)} {N(y - 5)} L{N(x + 5)} {N(y + 4)} L{N(x - 5)} {N(y + 4)} Z";
}
