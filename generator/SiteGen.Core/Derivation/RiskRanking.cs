using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>The order a plan's risks are worth reading in: by rank score, highest first, the register's own order breaking ties.</summary>
public static class RiskRanking
{
    /// <summary>The score a risk is ranked by: the higher of its ratings before and after mitigation (0 when neither is rated).</summary>
    public static int Score(Risk risk, IReadOnlyDictionary<RiskAssessment, RiskRating> ratings) =>
        Math.Max(
            risk.Inherent is null ? 0 : ratings.GetValueOrDefault(risk.Inherent)?.Score ?? 0,
            risk.Residual is null ? 0 : ratings.GetValueOrDefault(risk.Residual)?.Score ?? 0);

    /// <summary>The risks that can be ranked (rated, or given a priority by the plan), highest first; a page shows as many as it has room for.</summary>
    public static IReadOnlyList<Risk> Rank(IReadOnlyList<Risk> risks, IReadOnlyDictionary<RiskAssessment, RiskRating> ratings) =>
        risks
            .Select((r, index) => (Risk: r, Index: index, Score: Score(r, ratings)))
            .Where(x => x.Score > 0 || x.Risk.Priority is not null)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .Select(x => x.Risk)
            .ToList();
}
