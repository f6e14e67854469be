using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Horizontal bars per budget line from a zero baseline (negative lines to its left). When the columns
/// span several years, each year's last column (its net or total) is drawn side by side for each line;
/// otherwise the table's last column (usually net) is drawn.
/// </summary>
public static class BudgetChartBuilder
{
    private const double LabelWidth = 220;
    private const double PlotWidth = 380;
    private const double BarHeight = 14;

    /// <summary>How many characters of a line's name or a column's label fit in <see cref="LabelWidth"/>.</summary>
    private const int Room = 30;

    public static ChartView? Build(BudgetTable table, string id, string tableId)
    {
        // Columns of words printed beside the figures ("How will efficiency be improved?") are never drawn.
        var figureColumns = table.Columns.Where(c => !c.IsText).ToList();
        if (figureColumns.Count == 0) return null;
        var years = figureColumns.Where(c => c.Year is not null).GroupBy(c => c.Year!.Label).ToList();
        var columns = years.Count >= 2 ? years.Select(g => g.Last()).ToList() : [figureColumns[^1]];
        var lines = table.Lines.Where(l => columns.Any(c => l.Values.TryGetValue(c.Id, out var f) && f.Number is not null)).ToList();
        if (lines.Count == 0) return null;

        var values = lines.SelectMany(l => columns.Select(c => l.Values.TryGetValue(c.Id, out var f) ? f.Number : null)).OfType<decimal>().Select(d => (double)d);
        var scale = NiceScale.For(values, LabelWidth, LabelWidth + PlotWidth, includeZero: true)!;
        var groupHeight = columns.Count * (BarHeight + 2) + 12;
        var top = 28.0;
        var shapes = new List<ChartShape>();
        var bottom = top + lines.Count * groupHeight;
        foreach (var tick in scale.Ticks)
        {
            var x = R(scale.Map(tick));
            shapes.Add(new ChartLine(x, top - 4, x, bottom, tick == 0 ? ChartPart.AxisZero : ChartPart.Grid));
            shapes.Add(new ChartText(x, R(bottom + 18), new ChartLabel.Printed(TickLabels.Number(tick)), ChartAnchor.Middle, ChartPart.Tick));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var y = top + i * groupHeight;
            shapes.Add(new ChartText(LabelWidth - 8, R(y + BarHeight), new ChartLabel.Printed(line.Name), ChartAnchor.End, ChartPart.RowLabel) { MaxLength = Room });
            for (var c = 0; c < columns.Count; c++)
            {
                if (!line.Values.TryGetValue(columns[c].Id, out var figure) || figure.Number is not { } n) continue;
                var x0 = scale.Map(0);
                var x1 = scale.Map((double)n);
                var by = y + c * (BarHeight + 2);
                shapes.Add(new ChartRect(R(Math.Min(x0, x1)), R(by), R(Math.Abs(x1 - x0)), BarHeight, ChartPart.BudgetBar) { Series = c + 1 });
            }
        }

        var legendY = R(bottom + 40);
        for (var c = 0; c < columns.Count; c++)
        {
            var x = LabelWidth + c * 150;
            shapes.Add(new ChartRect(R(x), legendY - 10, 12, 12, ChartPart.BudgetBar) { Series = c + 1 });
            shapes.Add(new ChartText(R(x + 18), legendY, new ChartLabel.BudgetColumn(columns[c].Label, columns[c].Year?.Label), ChartAnchor.Start, ChartPart.Legend) { MaxLength = Room });
        }

        // The unit is said once, unless every column's label already says it.
        var unit = table.Unit is null || columns.All(c => c.Label.Contains(table.Unit, StringComparison.Ordinal)) ? null : table.Unit;
        var largest = lines.OrderByDescending(l => columns.Max(c => l.Values.TryGetValue(c.Id, out var f) ? f.Number ?? decimal.MinValue : decimal.MinValue)).First();
        var findings = new ChartFindings.Budget(
            table.Title,
            columns.Select(c => c.Label).ToList(),
            unit,
            lines.Count,
            largest.Name,
            columns.Select(c => largest.Values.TryGetValue(c.Id, out var f) ? f.Text : null).ToList(),
            lines.Any(l => columns.Any(c => l.Values.TryGetValue(c.Id, out var f) && f.Number < 0)));
        return new ChartView(id, ChartKind.Budget, findings, (int)(LabelWidth + PlotWidth + 24), (int)(bottom + 52), shapes, tableId);
    }
}
