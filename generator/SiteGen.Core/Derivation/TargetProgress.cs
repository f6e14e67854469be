using SiteGen.Configuration;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// Progress towards the next target, after the method Statistics Canada devised and Open SDG publishes: the
/// change per year needed to go from the latest result to the next target on time, against the change per
/// year seen from the first result to the latest. The ratio of the two (<see cref="Ratio"/>) places the
/// indicator in a category by the thresholds in site.yml (<see cref="JudgementSettings"/>).
/// </summary>
/// <remarks>
/// Decided, and said on the "How we judge progress" page:
/// <list type="bullet">
/// <item>Changes are measured in the indicator's own unit (percentage points for a percentage), not as
/// compound growth rates as Statistics Canada does: a growth rate cannot be worked out through zero or from a
/// negative figure (a change of -15%), and near 0% a tiny change is a huge rate. So a percentage close to
/// 0% or 100% is judged on the points it must still move, which it can move without passing its limit.</item>
/// <item>The next target is the first target that is a number, for a period after the latest result that is a
/// number, with no result of its own yet. An estimate is never taken for a result.</item>
/// <item>Counts, rates, money, days and scores are judged alike; yes/no, milestone and text indicators, and
/// figures split into parts, are not judged; nor is an indicator for which neither higher nor lower is better.</item>
/// <item>A latest result that already meets the next target is "target met" even with a single result.</item>
/// </list>
/// </remarks>
/// <param name="From">The first result that is a number: where the observed pace starts.</param>
/// <param name="Latest">The latest result that is a number.</param>
/// <param name="Target">The next target.</param>
/// <param name="NeededPerYear">The change per year needed from <paramref name="Latest"/> to reach <paramref name="Target"/> on time, in the indicator's unit (negative for a fall).</param>
/// <param name="ObservedPerYear">The change per year from <paramref name="From"/> to <paramref name="Latest"/>.</param>
/// <param name="Ratio">The observed change as a share of the needed change: 1 is exactly the pace needed, below 0 is moving away.</param>
public sealed record TargetProgress(
    ProgressJudgement Category,
    NotJudgedReason? Reason,
    SeriesPoint? From,
    SeriesPoint? Latest,
    SeriesPoint? Target,
    decimal? NeededPerYear,
    decimal? ObservedPerYear,
    decimal? Ratio)
{
    public bool IsJudged => Category != ProgressJudgement.NotJudged;

    /// <summary>Years between the start of one period and the start of another (quarters count as a quarter of a year).</summary>
    public static decimal Years(Period from, Period to) => (to.SortKey - from.SortKey) / 12m;

    /// <summary>Whether a unit's figures can be judged by how far they move: not yes/no, milestones or text.</summary>
    public static bool IsMeasure(Unit unit) => unit is not (Unit.YesNo or Unit.Milestone or Unit.Text);

    public static TargetProgress Of(Indicator indicator, SeriesFacts series, JudgementSettings settings)
    {
        if (series.NumericActuals.Count == 0)
        {
            return NotJudged(indicator.Values.Any(v => v.Actual is not null) ? NotJudgedReason.NotANumber : NotJudgedReason.NoResult);
        }

        if (!IsMeasure(indicator.Unit)) return NotJudged(NotJudgedReason.NotANumber);
        if (indicator.Polarity == Polarity.Neither) return NotJudged(NotJudgedReason.NoDirection);

        var first = series.NumericActuals[0];
        var latest = series.NumericActuals[^1];
        var target = indicator.Values.FirstOrDefault(v => v.Target?.Number is not null && v.Actual is null && v.Period.SortKey > latest.Period.SortKey);
        if (target is null) return NotJudged(NotJudgedReason.NoTarget) with { From = first, Latest = latest };

        // +1 when higher is better: a positive "better" change is progress either way round.
        var better = indicator.Polarity == Polarity.HigherIsBetter ? 1 : -1;
        var latestValue = latest.Actual!.Number!.Value;
        var targetValue = target.Target!.Number!.Value;
        var stillToGo = better * (targetValue - latestValue);
        if (stillToGo <= 0) return new TargetProgress(ProgressJudgement.TargetMet, null, first, latest, target, null, null, null);

        var needed = (targetValue - latestValue) / Years(latest.Period, target.Period);

        // Results for periods that start together (a year and its first quarter) give no time to measure a pace over.
        if (Years(first.Period, latest.Period) <= 0) return new TargetProgress(ProgressJudgement.NotJudged, NotJudgedReason.OneResult, first, latest, target, needed, null, null);

        var observed = (latestValue - first.Actual!.Number!.Value) / Years(first.Period, latest.Period);

        // Both changes are per year and signed the same way, so their ratio is positive exactly when the results move towards the target.
        var ratio = observed / needed;
        var category = ratio >= settings.OnCourse ? ProgressJudgement.OnCourse
            : ratio >= settings.NotFastEnough ? ProgressJudgement.NotFastEnough
            : ratio >= settings.LittleProgress ? ProgressJudgement.LittleProgress
            : ProgressJudgement.WrongWay;
        return new TargetProgress(category, null, first, latest, target, needed, observed, ratio);
    }

    private static TargetProgress NotJudged(NotJudgedReason reason) => new(ProgressJudgement.NotJudged, reason, null, null, null, null, null, null);
}
