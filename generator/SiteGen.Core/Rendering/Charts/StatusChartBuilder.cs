using SiteGen.Derivation;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>Counts per status as one bar per row (the whole plan, and each objective), each segment patterned and labelled with its count.</summary>
public static class StatusChartBuilder
{
    private static readonly ViewModels.ProgressStatus[] Statuses =
        [ViewModels.ProgressStatus.OnTrack, ViewModels.ProgressStatus.AtRisk, ViewModels.ProgressStatus.OffTrack, ViewModels.ProgressStatus.NoData];

    /// <summary>A bar for the whole plan when <paramref name="wholePlan"/> is given, then one for each row, labelled with its title.</summary>
    private const int RowLabelLength = 70;

    public static ChartView? Build(StatusCounts? wholePlan, IReadOnlyList<(ObjectiveName Objective, StatusCounts Counts)> rows, string id, string? tableId)
    {
        var all = new List<(ChartLabel Label, StatusCounts Counts)>();
        if (wholePlan is not null) all.Add((new ChartLabel.WholePlan(), wholePlan));
        all.AddRange(rows.Select(r => ((ChartLabel)new ChartLabel.Objective(r.Objective), r.Counts)));
        if (all.Count == 0 || all.All(r => r.Counts.Total == 0)) return null;
        const double left = 8;
        const double barWidth = 480;
        const double rowHeight = 56;
        var shapes = new List<ChartShape>();
        for (var r = 0; r < all.Count; r++)
        {
            var (label, counts) = all[r];
            var y = 8 + r * rowHeight;
            // A row's label has the bar's width, about 70 characters of English; the theme shortens what is longer.
            shapes.Add(new ChartText(left, R(y + 14), label, ChartAnchor.Start, ChartPart.RowLabel) { MaxLength = RowLabelLength });
            var values = new[] { counts.OnTrack, counts.AtRisk, counts.OffTrack, counts.NoData };
            var x = left;
            for (var s = 0; s < 4; s++)
            {
                if (values[s] == 0) continue;
                var w = counts.Total == 0 ? 0 : barWidth * values[s] / counts.Total;
                shapes.Add(new ChartRect(R(x), R(y + 20), R(w), 22, ChartPart.StatusBar) { Status = Statuses[s] });

                // A segment narrower than this has no room for its shape and count.
                if (w >= 36) shapes.Add(new ChartText(R(x + w / 2), R(y + 36), new ChartLabel.StatusCount(Statuses[s], values[s]), ChartAnchor.Middle, ChartPart.StatusCount) { Status = Statuses[s] });
                x += w;
            }
        }

        // The legend names each status with its shape, as everywhere on the site; each entry has room for its English words.
        var legendY = 8 + all.Count * rowHeight + 8;
        for (var s = 0; s < 4; s++)
        {
            shapes.Add(new ChartRect(left + s * 120, legendY - 11, 12, 12, ChartPart.StatusBar) { Status = Statuses[s] });
            shapes.Add(new ChartText(left + s * 120 + 18, legendY, new ChartLabel.StatusLegend(Statuses[s]), ChartAnchor.Start, ChartPart.Legend));
        }

        var findings = new ChartFindings.Status(all.Select(r => new StatusRow(r.Label, new StatusSummary(r.Counts.OnTrack, r.Counts.AtRisk, r.Counts.OffTrack, r.Counts.NoData))).ToList());
        return new ChartView(id, ChartKind.Status, findings, (int)(left + barWidth + 8), (int)(28 + all.Count * rowHeight), shapes, tableId);
    }
}
