using SiteGen.Model;

namespace SiteGen.Derivation;

public enum TargetResult
{
    Met,
    NotMet,

    /// <summary>No period has both a numeric actual and a numeric target, or the polarity says neither.</summary>
    NoComparison,
}

public enum Direction
{
    Improving,
    Worsening,
    Unchanged,
    Unknown,
}

/// <summary>
/// What the reader wants to know about an indicator and nobody should type: the latest actual, whether
/// the latest period with both an actual and a target met it, the direction of travel, and the points
/// of its series that pages quote (<see cref="SeriesFacts"/>).
/// </summary>
/// <param name="Latest">The last point with a result, whether or not the result is a number.</param>
/// <param name="Compared">The last point whose result and target are both numbers: the one <see cref="Result"/> judges.</param>
public sealed record IndicatorAssessment(SeriesPoint? Latest, SeriesPoint? Compared, TargetResult Result, Direction Direction, SeriesFacts Series)
{
    /// <summary>The two results <see cref="Direction"/> compares: the last two that are numbers; null with fewer.</summary>
    public (SeriesPoint Previous, SeriesPoint Latest)? DirectionBasis =>
        Series.NumericActuals.Count >= 2 && Direction != Direction.Unknown ? (Series.NumericActuals[^2], Series.NumericActuals[^1]) : null;

    public static IndicatorAssessment Of(Indicator indicator)
    {
        var withActual = indicator.Values.Where(v => v.Actual?.Number is not null).ToList();
        var latest = indicator.Values.LastOrDefault(v => v.Actual is not null);
        var compared = indicator.Values.LastOrDefault(v => v.Actual?.Number is not null && v.Target?.Number is not null);

        var result = TargetResult.NoComparison;
        if (compared is not null && indicator.Polarity != Polarity.Neither)
        {
            var actual = compared.Actual!.Number!.Value;
            var target = compared.Target!.Number!.Value;
            var met = indicator.Polarity == Polarity.HigherIsBetter ? actual >= target : actual <= target;
            result = met ? TargetResult.Met : TargetResult.NotMet;
        }

        var direction = Direction.Unknown;
        if (withActual.Count >= 2 && indicator.Polarity != Polarity.Neither)
        {
            var previous = withActual[^2].Actual!.Number!.Value;
            var last = withActual[^1].Actual!.Number!.Value;
            direction = last == previous
                ? Direction.Unchanged
                : (last > previous) == (indicator.Polarity == Polarity.HigherIsBetter) ? Direction.Improving : Direction.Worsening;
        }

        return new IndicatorAssessment(latest, compared, result, direction, SeriesFacts.Of(indicator, latest));
    }
}
