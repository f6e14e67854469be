using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Where the council's value sits among every authority's values for the indicator: one bar per
/// authority, best first by the indicator's polarity, the council's own bar marked and named, and the
/// median and best quartile drawn as labelled lines (named beside the bars on a desktop, pushed apart when
/// close; in the legend on a phone); the ranking itself is <see cref="AuthorityRanking"/>.
/// </summary>
public static class RankChartBuilder
{
    private const double Top = 24, PlotHeight = 220;

    public static ChartView? Build(Indicator indicator, AuthorityRanking? ranking, string id, string tableId)
    {
        if (ranking is null) return null;
        var wide = Layout(indicator, ranking, false);
        var narrow = Layout(indicator, ranking, true);
        var own = ranking.Own;
        var findings = new ChartFindings.Rank(
            indicator.DisplayReference,
            ranking.BestFirst.Count,
            indicator.AuthorityValues!.Period?.Label,
            own is null ? null : new OwnRank(own.Authority, ranking.OwnRank, own.Value.Text),
            ViewKinds.Of(indicator.Polarity),
            TickLabels.Number((double)ranking.Median),
            TickLabels.Number((double)ranking.BestQuartile));
        return new ChartView(id, ChartKind.Rank, findings, wide.Width, wide.Height, wide.Shapes, tableId) { Narrow = narrow };
    }

    private static ChartLayout Layout(Indicator indicator, AuthorityRanking ranking, bool narrow)
    {
        var ordered = ranking.BestFirst;
        var (median, bestQuartile) = (ranking.Median, ranking.BestQuartile);
        var bottom = Top + PlotHeight;
        var sorted = ordered.Select(v => (double)v.Value.Value.Number!.Value).Order().ToList();
        var scale = NiceScale.For(sorted.Append((double)median).Append((double)bestQuartile), bottom, Top, includeZero: true)!;
        var ticks = scale.Ticks.Select(t => (Value: t, Text: TickLabels.Format(t, indicator.Unit, scale.Decimals))).ToList();
        var left = R(Math.Max(40, ticks.Max(t => TextRoom.Width(t.Text)) + 14));
        const double labelRoom = 170;
        var barWidth = narrow ? (ChartFrame.Phone.Width - left - 8) / ordered.Count : Math.Clamp(600.0 / ordered.Count, 8, 48);
        var plotRight = R(left + ordered.Count * barWidth);
        var width = narrow ? ChartFrame.Phone.Width : plotRight + labelRoom;
        var shapes = new List<ChartShape>();
        foreach (var (tick, text) in ticks)
        {
            var y = R(scale.Map(tick));
            shapes.Add(new ChartLine(left, y, plotRight, y, tick == 0 ? ChartPart.AxisZero : ChartPart.Grid));
            shapes.Add(new ChartText(R(left - 8), R(y + 5), new ChartLabel.Printed(text), ChartAnchor.End, ChartPart.Tick));
        }

        var legend = new List<Action<LegendFlow>>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (v, isOwn) = ordered[i];
            var y = scale.Map((double)v.Value.Number!.Value);
            var y0 = scale.Map(0);
            shapes.Add(new ChartRect(R(left + i * barWidth + 1), R(Math.Min(y, y0)), R(Math.Max(1, barWidth - 2)), R(Math.Abs(y0 - y)), isOwn ? ChartPart.OwnRankBar : ChartPart.RankBar));
            if (isOwn)
            {
                legend.Add(l => l.Add(LegendFlow.MarkerKey((x, y) => new ChartRect(R(x - 6), R(y - 6), 12, 12, ChartPart.OwnRankBar)), new ChartLabel.OwnValue(v.Authority, v.Value.Text), v.Authority.Length + 2 + v.Value.Text.Length, ChartPart.OwnLabel));
            }
        }

        var endLabels = new EndLabels();
        foreach (var (value, mark, line, label) in new[] { (median, RankMark.Median, ChartPart.MedianLine, ChartPart.MedianLabel), (bestQuartile, RankMark.BestQuartile, ChartPart.BestQuartileLine, ChartPart.BestQuartileLabel) })
        {
            var y = R(scale.Map((double)value));
            var text = TickLabels.Number((double)value);
            shapes.Add(new ChartLine(left, y, plotRight, y, line));
            if (narrow) legend.Add(l => l.Add(LegendFlow.LineKey(line), new ChartLabel.RankLine(mark, text), 14 + text.Length, label));
            else endLabels.Add(y, new ChartLabel.RankLine(mark, text), 1, null, label, label, 1);
        }

        var labelsEnd = endLabels.Any ? endLabels.Place(shapes, plotRight, labelRoom, Top - 8, bottom + 8) : 0;
        var flow = new LegendFlow(shapes, 8, width - 8, Math.Max(bottom + 14, labelsEnd + 10));
        foreach (var entry in legend) entry(flow);
        return new ChartLayout((int)Math.Ceiling(width), (int)Math.Ceiling(flow.Bottom + 8), shapes);
    }
}
