using SiteGen.Derivation;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Counts per status as one bar per row (the whole plan, and each objective) across the column, each segment
/// patterned and labelled with its count; each row's title above its bar, over as many lines as it needs (up
/// to two on a desktop, three on a phone). It draws only what is reported or judged: what is neither is
/// counted, with its reasons, in the roll-up beside the chart, so the chart is never mostly a bar of things
/// without a status, nor says "0 no data" beside a roll-up that counts some.
/// </summary>
public static class StatusChartBuilder
{
    private static readonly ViewModels.ProgressStatus[] Statuses =
        [ViewModels.ProgressStatus.OnTrack, ViewModels.ProgressStatus.AtRisk, ViewModels.ProgressStatus.OffTrack];

    /// <summary>A bar for the whole plan when <paramref name="wholePlan"/> is given, then one for each row, labelled with its title.</summary>
    public static ChartView? Build(StatusCounts? wholePlan, IReadOnlyList<(ObjectiveName Objective, StatusCounts Counts)> rows, string id, string? tableId)
    {
        wholePlan = wholePlan is null ? null : Answered(wholePlan);
        rows = rows.Select(r => (r.Objective, Answered(r.Counts))).ToList();
        // Each label's English, as the theme words it, for the lines it takes: "Whole plan", "1. To ensure that…".
        var all = new List<(ChartLabel Label, string English, StatusCounts Counts)>();
        if (wholePlan is not null) all.Add((new ChartLabel.WholePlan(), new string('x', 10), wholePlan));
        all.AddRange(rows.Select(r => ((ChartLabel)new ChartLabel.Objective(r.Objective), r.Objective.Reference is null ? r.Objective.Title : string.Concat(r.Objective.Reference, ". ", r.Objective.Title), r.Counts)));
        if (all.Count == 0 || all.All(r => r.Counts.Total == 0)) return null;
        var wide = Layout(all, ChartFrame.Column);
        var narrow = Layout(all, ChartFrame.Phone);
        var findings = new ChartFindings.Status(all.Select(r => new StatusRow(r.Label, new StatusSummary(r.Counts.OnTrack, r.Counts.AtRisk, r.Counts.OffTrack, 0))).ToList());
        return new ChartView(id, ChartKind.Status, findings, wide.Width, wide.Height, wide.Shapes, tableId) { Narrow = narrow };
    }

    private static ChartLayout Layout(List<(ChartLabel Label, string English, StatusCounts Counts)> all, ChartFrame frame)
    {
        const double left = 8;
        var barWidth = frame.Width - 2 * left;
        var chars = TextRoom.Chars(barWidth);
        var maxLines = frame.Narrow ? 3 : 2;
        var shapes = new List<ChartShape>();
        var y = 8.0;
        foreach (var (label, english, counts) in all)
        {
            var lines = TextRoom.LinesOf(english, chars, maxLines);
            shapes.Add(new ChartText(left, R(y + 14), label, ChartAnchor.Start, ChartPart.RowLabel) { MaxLength = chars, Lines = lines });
            var barTop = y + 20 + (lines - 1) * TextRoom.Line;
            var values = new[] { counts.OnTrack, counts.AtRisk, counts.OffTrack };
            var x = left;
            for (var s = 0; s < values.Length; s++)
            {
                if (values[s] == 0) continue;
                var w = counts.Total == 0 ? 0 : barWidth * values[s] / counts.Total;
                shapes.Add(new ChartRect(R(x), R(barTop), R(w), 24, ChartPart.StatusBar) { Status = Statuses[s] });

                // A segment narrower than this has no room for its shape and count.
                if (w >= 40) shapes.Add(new ChartText(R(x + w / 2), R(barTop + 17), new ChartLabel.StatusCount(Statuses[s], values[s]), ChartAnchor.Middle, ChartPart.StatusCount) { Status = Statuses[s] });
                x += w;
            }

            y = barTop + 24 + 14;
        }

        // The legend names each status with its shape, as everywhere on the site; each entry has room for its English words.
        var legend = new LegendFlow(shapes, left, frame.Width - left, y);
        foreach (var status in Statuses)
        {
            legend.Add(LegendFlow.MarkerKey((kx, ky) => new ChartRect(R(kx - 6), R(ky - 6), 12, 12, ChartPart.StatusBar) { Status = status }), new ChartLabel.StatusLegend(status), 11);
        }

        return new ChartLayout((int)frame.Width, (int)Math.Ceiling(legend.Bottom + 8), shapes);
    }

    private static StatusCounts Answered(StatusCounts counts) => counts with { NoData = 0 };
}
