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
            shapes.Add(new ChartLine(left, y, R(left + ordered.Count * barWidth), y, tick == 0 ? "axis zero" : "grid"));
            shapes.Add(new ChartText(left - 8, R(y + 5), TickLabels.Format(tick, indicator.Unit, scale.Decimals), "end", "tick"));
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var (v, isOwn) = ordered[i];
            var y = scale.Map((double)v.Value.Number!.Value);
            var y0 = scale.Map(0);
            shapes.Add(new ChartRect(R(left + i * barWidth + 1), R(Math.Min(y, y0)), R(barWidth - 2), R(Math.Abs(y0 - y)), isOwn ? "rank-bar own" : "rank-bar"));
            if (isOwn)
            {
                shapes.Add(new ChartRect(left, top + plotHeight + 22, 12, 12, "rank-bar own"));
                shapes.Add(new ChartText(left + 18, top + plotHeight + 33, $"{v.Authority}: {v.Value.Text}", "start", "own-label"));
            }
        }

        foreach (var (value, label, cls) in new[] { (median, "Median", "median"), (bestQuartile, "Best quartile", "best-quartile") })
        {
            var y = R(scale.Map((double)value));
            shapes.Add(new ChartLine(left, y, R(left + ordered.Count * barWidth), y, cls));
            shapes.Add(new ChartText(R(left + ordered.Count * barWidth + 6), R(y + 4), $"{label} {TickLabels.Number((double)value)}", "start", cls + " label"));
        }

        var period = indicator.AuthorityValues!.Period is null ? string.Empty : $" in {indicator.AuthorityValues.Period}";
        var own = ranking.Own;
        var description = own is null
            ? $"Values of {ordered.Count} authorities{period}, best first; median {TickLabels.Number((double)median)}, best quartile {TickLabels.Number((double)bestQuartile)}."
            : $"{own.Authority} was {Ordinal(ranking.OwnRank)} of {ordered.Count} authorities{period} with {own.Value.Text} ({Words.Of(indicator.Polarity)}); median {TickLabels.Number((double)median)}, best quartile {TickLabels.Number((double)bestQuartile)}.";
        return new ChartView(id, "rank", $"{indicator.DisplayReference} compared with every authority".Trim(), description, width, (int)(top + plotHeight + 44), shapes, tableId);
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
