using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Horizontal bars per budget line from a zero baseline (negative lines to its left). When the columns
/// span several years, each year's last column (its net or total) is drawn side by side for each line;
/// otherwise the table's last column (usually net) is drawn. On a desktop each line's name sits beside its
/// bars, in room sized for the longest name (over two lines where needed); on a phone it sits above them.
/// The legend names every column drawn, each entry as wide as its label, on as many rows as it takes.
/// </summary>
public static class BudgetChartBuilder
{
    private const double BarHeight = 14;

    public static ChartView? Build(BudgetTable table, string id, string tableId)
    {
        // Columns of words printed beside the figures ("How will efficiency be improved?") are never drawn.
        var figureColumns = table.Columns.Where(c => !c.IsText).ToList();
        if (figureColumns.Count == 0) return null;
        var years = figureColumns.Where(c => c.Year is not null).GroupBy(c => c.Year!.Label).ToList();
        var columns = years.Count >= 2 ? years.Select(g => g.Last()).ToList() : [figureColumns[^1]];
        var lines = table.Lines.Where(l => columns.Any(c => l.Values.TryGetValue(c.Id, out var f) && f.Number is not null)).ToList();
        if (lines.Count == 0) return null;

        var wide = Layout(columns, lines, ChartFrame.Column);
        var narrow = Layout(columns, lines, ChartFrame.Phone);

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
        return new ChartView(id, ChartKind.Budget, findings, wide.Width, wide.Height, wide.Shapes, tableId) { Narrow = narrow };
    }

    private static ChartLayout Layout(IReadOnlyList<BudgetColumn> columns, IReadOnlyList<BudgetLine> lines, ChartFrame frame)
    {
        var values = lines.SelectMany(l => columns.Select(c => l.Values.TryGetValue(c.Id, out var f) ? f.Number : null)).OfType<decimal>().Select(d => (double)d).ToList();
        var labelRoom = frame.Narrow ? 0 : Math.Clamp(lines.Max(l => TextRoom.Width(l.Name)) + 16, 120, 320);
        var (plotLeft, plotRight) = frame.Narrow ? (16.0, frame.Width - 24) : (labelRoom, frame.Width - 32);
        var scale = Scale(values, plotLeft, plotRight);
        var nameChars = TextRoom.Chars(frame.Narrow ? frame.Width - 16 : labelRoom - 14);
        var barsHeight = columns.Count * (BarHeight + 2);

        var shapes = new List<ChartShape>();
        var top = 12.0;
        var y = top;
        var rows = new List<(BudgetLine Line, double NameY, double BarsY, int NameLines)>();
        foreach (var line in lines)
        {
            var nameLines = TextRoom.LinesOf(line.Name, nameChars, 2);
            if (frame.Narrow)
            {
                // The name above its bars, across the width.
                rows.Add((line, y + 14, y + 20 + (nameLines - 1) * TextRoom.Line, nameLines));
                y += 20 + (nameLines - 1) * TextRoom.Line + barsHeight + 12;
            }
            else
            {
                var height = Math.Max(barsHeight, nameLines * TextRoom.Line - 2) + 12;
                rows.Add((line, y + 12, y + (height - 12 - barsHeight) / 2, nameLines));
                y += height;
            }
        }

        var bottom = y;
        foreach (var tick in scale.Ticks)
        {
            var x = R(scale.Map(tick));
            shapes.Add(new ChartLine(x, R(top - 4), x, R(bottom), tick == 0 ? ChartPart.AxisZero : ChartPart.Grid));
            shapes.Add(new ChartText(x, R(bottom + 18), new ChartLabel.Printed(TickLabels.Number(tick)), ChartAnchor.Middle, ChartPart.Tick));
        }

        foreach (var (line, nameY, barsY, nameLines) in rows)
        {
            var name = frame.Narrow
                ? new ChartText(8, R(nameY), new ChartLabel.Printed(line.Name), ChartAnchor.Start, ChartPart.RowLabel)
                : new ChartText(R(labelRoom - 10), R(nameY), new ChartLabel.Printed(line.Name), ChartAnchor.End, ChartPart.RowLabel);
            shapes.Add(name with { MaxLength = nameChars, Lines = nameLines });
            for (var c = 0; c < columns.Count; c++)
            {
                if (!line.Values.TryGetValue(columns[c].Id, out var figure) || figure.Number is not { } n) continue;
                var x0 = scale.Map(0);
                var x1 = scale.Map((double)n);
                shapes.Add(new ChartRect(R(Math.Min(x0, x1)), R(barsY + c * (BarHeight + 2)), R(Math.Max(1, Math.Abs(x1 - x0))), BarHeight, ChartPart.BudgetBar) { Series = c + 1 });
            }
        }

        var legend = new LegendFlow(shapes, 8, frame.Width - 8, bottom + 32);
        for (var c = 0; c < columns.Count; c++)
        {
            var series = c + 1;
            var length = columns[c].Label.Length + (columns[c].Year is { } year ? year.Label.Length + 3 : 0);
            legend.Add(LegendFlow.MarkerKey((kx, ky) => new ChartRect(R(kx - 6), R(ky - 6), 12, 12, ChartPart.BudgetBar) { Series = series }), new ChartLabel.BudgetColumn(columns[c].Label, columns[c].Year?.Label), length);
        }

        return new ChartLayout((int)frame.Width, (int)Math.Ceiling(legend.Bottom + 8), shapes);
    }

    /// <summary>A scale from zero whose tick labels have room to stand apart: as many ticks as fit, from six down to two.</summary>
    private static NiceScale Scale(IReadOnlyList<double> values, double from, double to)
    {
        NiceScale scale = null!;
        for (var ticks = 6; ticks >= 2; ticks--)
        {
            scale = NiceScale.For(values, from, to, includeZero: true, maxTicks: ticks)!;
            var widest = scale.Ticks.Max(t => TextRoom.Width(TickLabels.Number(t)));
            if (scale.Ticks.Count < 2 || (to - from) / (scale.Ticks.Count - 1) >= widest + 12) break;
        }

        return scale;
    }
}
