using SiteGen.Derivation;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>Counts per status as one bar per row (a plan and each objective), each segment patterned and labelled with its count.</summary>
public static class StatusChartBuilder
{
    private static readonly (string Token, string Word, string Shape)[] Statuses = [("on-track", "on track", "●"), ("at-risk", "at risk", "▲"), ("off-track", "off track", "■"), ("no-data", "no data", "○")];

    public static ChartView? Build(IReadOnlyList<(string Label, StatusCounts Counts)> rows, string id, string? tableId)
    {
        if (rows.Count == 0 || rows.All(r => r.Counts.Total == 0)) return null;
        const double left = 8;
        const double barWidth = 480;
        const double rowHeight = 56;
        var shapes = new List<ChartShape>();
        for (var r = 0; r < rows.Count; r++)
        {
            var (label, counts) = rows[r];
            var y = 8 + r * rowHeight;
            shapes.Add(new ChartText(left, R(y + 14), label, "start", "row-label"));
            var values = new[] { counts.OnTrack, counts.AtRisk, counts.OffTrack, counts.NoData };
            var x = left;
            for (var s = 0; s < 4; s++)
            {
                if (values[s] == 0) continue;
                var w = counts.Total == 0 ? 0 : barWidth * values[s] / counts.Total;
                shapes.Add(new ChartRect(R(x), R(y + 20), R(w), 22, "status-bar " + Statuses[s].Token));
                if (w >= 36) shapes.Add(new ChartText(R(x + w / 2), R(y + 36), $"{Statuses[s].Shape} {values[s].ToString(System.Globalization.CultureInfo.InvariantCulture)}", "middle", "bar-count " + Statuses[s].Token));
                x += w;
            }
        }

        // The legend names each status with its shape, as everywhere on the site.
        var legendY = 8 + rows.Count * rowHeight + 8;
        for (var s = 0; s < 4; s++)
        {
            shapes.Add(new ChartRect(left + s * 120, legendY - 11, 12, 12, "status-bar " + Statuses[s].Token));
            shapes.Add(new ChartText(left + s * 120 + 18, legendY, $"{Statuses[s].Shape} {Statuses[s].Word}", "start", "legend"));
        }

        var description = string.Join("; ", rows.Select(r => $"{r.Label}: " + string.Join(", ", Statuses.Zip([r.Counts.OnTrack, r.Counts.AtRisk, r.Counts.OffTrack, r.Counts.NoData]).Select(x => $"{x.Second} {x.First.Word}")))) + ".";
        return new ChartView(id, "status", "Status counts", description, (int)(left + barWidth + 8), (int)(28 + rows.Count * rowHeight), shapes, tableId);
    }
}
