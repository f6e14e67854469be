using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>One authority's value in a ranking, and whether it is the plan's own council.</summary>
public sealed record RankedAuthority(AuthorityValue Value, bool IsOwn);

/// <summary>
/// Where the council's value sits among every authority's values for an indicator: the values that are
/// numbers, best first by the indicator's polarity (ties by name), with the median and the best quartile
/// as the plan prints them among its comparators (Welsh median, Welsh best quartile), or else worked out
/// from the values by linear interpolation between closest ranks, as spreadsheets compute quartiles.
/// </summary>
/// <param name="Own">The council's own value: the first whose authority is the council's name or short name, ignoring case.</param>
/// <param name="OwnRank">The council's place, 1 for the best; 0 when its value is not among them.</param>
public sealed record AuthorityRanking(IReadOnlyList<RankedAuthority> BestFirst, decimal Median, decimal BestQuartile, AuthorityValue? Own, int OwnRank)
{
    /// <summary>Null when fewer than two authorities' values are numbers: there is nothing to rank.</summary>
    public static AuthorityRanking? Of(Indicator indicator, Organisation? council)
    {
        var values = indicator.AuthorityValues?.Values.Where(v => v.Value.Number is not null).ToList() ?? [];
        if (values.Count < 2) return null;
        var lowerIsBetter = indicator.Polarity == Polarity.LowerIsBetter;
        var ordered = lowerIsBetter
            ? values.OrderBy(v => v.Value.Number).ThenBy(v => v.Authority, StringComparer.Ordinal).ToList()
            : values.OrderByDescending(v => v.Value.Number).ThenBy(v => v.Authority, StringComparer.Ordinal).ToList();

        var sorted = ordered.Select(v => (double)v.Value.Number!.Value).Order().ToList();
        var median = (decimal?)indicator.Comparators.FirstOrDefault(c => c.Against == ComparatorKind.WalesMedian)?.Value.Number ?? (decimal)Quantile(sorted, 0.5);
        var bestQuartile = (decimal?)indicator.Comparators.FirstOrDefault(c => c.Against == ComparatorKind.WalesBestQuartile)?.Value.Number
            ?? (decimal)Quantile(sorted, lowerIsBetter ? 0.25 : 0.75);

        var names = new[] { council?.Name, council?.ShortName }.OfType<string>().ToList();
        var ranked = ordered.Select(v => new RankedAuthority(v, names.Any(n => string.Equals(n, v.Authority, StringComparison.OrdinalIgnoreCase)))).ToList();

        // Should the council's name and short name both be listed, both are marked, and the rank is the later one's (as the chart has always said).
        var ownRank = ranked.FindLastIndex(r => r.IsOwn) + 1;
        return new AuthorityRanking(ranked, median, bestQuartile, ranked.FirstOrDefault(r => r.IsOwn)?.Value, ownRank);
    }

    /// <summary>Linear interpolation between closest ranks, as spreadsheets compute quartiles.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
