using SiteGen.Configuration;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>The council's result against one comparator the plan prints (England, statistical neighbours, a Welsh median …).</summary>
/// <param name="Own">The council's result compared: for the comparator's period, or the latest when the comparator gives none.</param>
/// <param name="Tolerance">The largest difference that counts as similar (<see cref="Similarity"/>).</param>
public sealed record ComparatorPosition(Comparator Comparator, SeriesPoint Own, Position Position, decimal Tolerance);

/// <summary>
/// A banding's place on its scale. Scales list their levels worst first (as risk scales list theirs lowest
/// first), so a band above the middle level is better, below it worse, and the middle level of an odd number similar.
/// </summary>
/// <param name="Level">The band's level, 1 for the lowest.</param>
public sealed record BandingPosition(Banding Banding, BandingScale Scale, ScaleLevel Level, Position Position);

/// <summary>The council's rank among every authority whose value the plan prints: better in the best quarter, worse in the worst, similar between.</summary>
public sealed record RankPosition(AuthorityRanking Ranking, int Rank, int Of, Position Position);

/// <summary>
/// Where the council stands against each comparator, banding and the ranking of all authorities. A count is
/// never compared (it depends on how many children live in the area), nor is an indicator for which neither
/// higher nor lower is better, nor a figure that is not a number.
/// </summary>
public sealed record IndicatorPositions(IReadOnlyList<ComparatorPosition> Comparators, IReadOnlyList<BandingPosition> Bandings, RankPosition? Rank)
{
    public static readonly IndicatorPositions None = new([], [], null);

    public bool Any => Comparators.Count > 0 || Bandings.Count > 0 || Rank is not null;

    public static IndicatorPositions Of(Indicator indicator, SeriesFacts series, AuthorityRanking? ranking, IReadOnlyList<BandingScale> scales, JudgementSettings settings)
    {
        var comparable = indicator.Polarity != Polarity.Neither && TargetProgress.IsMeasure(indicator.Unit) && indicator.Unit != Unit.Count;
        var comparators = new List<ComparatorPosition>();
        if (comparable)
        {
            foreach (var comparator in indicator.Comparators)
            {
                if (comparator.Value.Number is not { } theirs) continue;
                var own = comparator.Period is { } period ? series.NumericActuals.LastOrDefault(p => Same(p.Period, period)) : series.LatestNumericActual;
                if (own is null) continue;
                var tolerance = Similarity.Tolerance(own.Actual!, comparator.Value, indicator.Unit, settings.SimilarWithin);
                comparators.Add(new ComparatorPosition(comparator, own, Similarity.Compare(own.Actual!.Number!.Value, theirs, tolerance, indicator.Polarity), tolerance));
            }
        }

        var bandings = new List<BandingPosition>();
        foreach (var banding in indicator.Bandings)
        {
            var scale = scales.FirstOrDefault(s => s.Id == banding.Scale.Value);
            var level = scale?.Levels.FirstOrDefault(l => l.Value == banding.Band.Text);
            if (scale is null || level is null || scale.Levels.Count < 2) continue;

            // Twice the 0-based place against the top place: below is the lower half, above the upper, equal the middle level.
            var twice = 2 * (level.Score - 1);
            var top = scale.Levels.Count - 1;
            bandings.Add(new BandingPosition(banding, scale, level, twice < top ? Position.Worse : twice > top ? Position.Better : Position.Similar));
        }

        RankPosition? rank = null;
        if (comparable && ranking is { OwnRank: > 0 } r)
        {
            var of = r.BestFirst.Count;
            var quarter = (of + 3) / 4;
            rank = new RankPosition(r, r.OwnRank, of, r.OwnRank <= quarter ? Position.Better : r.OwnRank > of - quarter ? Position.Worse : Position.Similar);
        }

        return new IndicatorPositions(comparators, bandings, rank);
    }

    /// <summary>The same period whatever its label: "2008/09" and "2008-09" are one year, but the year 2008/09 is not its first quarter.</summary>
    public static bool Same(Period a, Period b) => a.Shape == b.Shape && a.StartYear == b.StartYear && a.Quarter == b.Quarter;
}
