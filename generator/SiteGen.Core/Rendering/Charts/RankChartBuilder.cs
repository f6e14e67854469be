using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Where the council's value sits among every authority's values for the indicator: one bar per
/// authority, best first by the indicator's polarity, the council's own bar marked and named, and the
/// median and best quartile drawn as labelled lines; the ranking itself is <see cref="AuthorityRanking"/>.
/// </summary>
public static class RankChartBuilder
{
    public static ChartView? Build(Indicator indicator, AuthorityRanking? ranking, string id, string tableId)
    {
        if (ranking is null) return null;
        var ordered = ranking.BestFirst;
        var (median, bestQuartile) = (ranking.Median, ranking.BestQuartile);

        const double left = 64, top = 32, plotHeight = 220;
        var barWidth = Math.Clamp(440.0 / ordered.Count, 8, 48);
        var width = (int)(left + ordered.Count * barWidth + 150);
        var sorted = ordered.Select(v => (double)v.Value.Value.Number!.Value).Order().ToList();
        var scale = NiceScale.For(sorted.Append((double)median).Append((double)bestQuartile), top + plotHeight, top, includeZero: true)!;
        var shapes = new List<ChartShape>();
        foreach (var tick in scale.Ticks)
        {
            var y = R(scale.Map(tick));
            shapes.Add(new ChartLine(left, y, R(left + ordered.Count * barWidth), y, tick == 0 ? ChartPart.AxisZero : ChartPart.Grid));
            shapes.Add(new ChartText(left - 8, R(y + 5), new ChartLabel.Printed(TickLabels.Format(tick, indicator.Unit, scale.Decimals)), ChartAnchor.End, ChartPart.Tick));
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var (v, isOwn) = ordered[i];
            var y = scale.Map((double)v.Value.Number!.Value);
            var y0 = scale.Map(0);
            shapes.Add(new ChartRect(R(left + i * barWidth + 1), R(Math.Min(y, y0)), R(barWidth - 2), R(Math.Abs(y0 - y)), isOwn ? ChartPart.OwnRankBar : ChartPart.RankBar));
            if (isOwn)
            {
                shapes.Add(new ChartRect(left, top + plotHeight + 22, 12, 12, ChartPart.OwnRankBar));
                shapes.Add(new ChartText(left + 18, top + plotHeight + 33, new ChartLabel.OwnValue(v.Authority, v.Value.Text), ChartAnchor.Start, ChartPart.OwnLabel));
            }
        }

        foreach (var (value, mark, line, label) in new[] { (median, RankMark.Median, ChartPart.MedianLine, ChartPart.MedianLabel), (bestQuartile, RankMark.BestQuartile, ChartPart.BestQuartileLine, ChartPart.BestQuartileLabel) })
        {
            var y = R(scale.Map((double)value));
            shapes.Add(new ChartLine(left, y, R(left + ordered.Count * barWidth), y, line));
            shapes.Add(new ChartText(R(left + ordered.Count * barWidth + 6), R(y + 4), new ChartLabel.RankLine(mark, TickLabels.Number((double)value)), ChartAnchor.Start, label));
        }

        var own = ranking.Own;
        var findings = new ChartFindings.Rank(
            indicator.DisplayReference,
            ordered.Count,
            indicator.AuthorityValues!.Period?.Label,
            own is null ? null : new OwnRank(own.Authority, ranking.OwnRank, own.Value.Text),
            ViewKinds.Of(indicator.Polarity),
            TickLabels.Number((double)median),
            TickLabels.Number((double)bestQuartile));
        return new ChartView(id, ChartKind.Rank, findings, width, (int)(top + plotHeight + 44), shapes, tableId);
    }
}
