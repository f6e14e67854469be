using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>How the first and the latest result of a series compare.</summary>
public enum SeriesChange
{
    Rose,
    Fell,
    Unchanged,
}

/// <summary>
/// The points of an indicator's series that pages quote — in tables, sparklines and the sentences that
/// describe charts — each picked here, once, by the rule its name states. Points are the model's own,
/// so every figure is quoted exactly as printed.
/// </summary>
/// <remarks>
/// Three rules for "the next target" are kept apart on purpose, because pages have always used them
/// differently: a table's next target is the first target of a period with no result yet; a chart's
/// sentence names the first target after the period of the latest result; a sparkline draws the first
/// target that is a number, in or after the period of the latest result that is a number.
/// </remarks>
/// <param name="NumericActuals">The points whose result is a number, in series order.</param>
/// <param name="NotNumbers">The points whose result is printed but is not a number (<c>NA</c>, <c>TBC</c>), and not split into parts.</param>
/// <param name="LatestSplit">The last point whose result is split into parts (boys / girls).</param>
/// <param name="LatestTargetWithActual">The last point with both a result and a target, as printed.</param>
/// <param name="TargetAfterLatest">The first point with a target whose period comes after the latest point with a result (any target, when there is no result).</param>
/// <param name="TargetWithoutActual">The first point with a target and no result.</param>
/// <param name="NumericTargetFromLatest">The first point whose target is a number, in or after the period of the latest numeric result; null without a numeric result.</param>
/// <param name="Change">How the latest numeric result compares with the first; null with fewer than two.</param>
public sealed record SeriesFacts(
    IReadOnlyList<SeriesPoint> NumericActuals,
    IReadOnlyList<SeriesPoint> NotNumbers,
    SeriesPoint? LatestSplit,
    SeriesPoint? LatestTargetWithActual,
    SeriesPoint? TargetAfterLatest,
    SeriesPoint? TargetWithoutActual,
    SeriesPoint? NumericTargetFromLatest,
    SeriesChange? Change)
{
    public SeriesPoint? FirstNumericActual => NumericActuals.Count == 0 ? null : NumericActuals[0];

    public SeriesPoint? LatestNumericActual => NumericActuals.Count == 0 ? null : NumericActuals[^1];

    public static SeriesFacts Of(Indicator indicator, SeriesPoint? latestActual)
    {
        var values = indicator.Values;
        var numeric = values.Where(v => v.Actual?.Number is not null).ToList();
        var latestKey = latestActual?.Period.SortKey ?? int.MinValue;
        var latestNumericKey = numeric.Count == 0 ? (int?)null : numeric[^1].Period.SortKey;

        SeriesChange? change = null;
        if (numeric.Count >= 2)
        {
            var first = numeric[0].Actual!.Number!.Value;
            var last = numeric[^1].Actual!.Number!.Value;
            change = last > first ? SeriesChange.Rose : last < first ? SeriesChange.Fell : SeriesChange.Unchanged;
        }

        return new SeriesFacts(
            numeric,
            values.Where(v => v.Actual is { Number: null, IsSplit: false }).ToList(),
            values.LastOrDefault(v => v.Actual is { IsSplit: true }),
            values.LastOrDefault(v => v.Actual is not null && v.Target is not null),
            values.FirstOrDefault(v => v.Target is not null && v.Period.SortKey > latestKey),
            values.FirstOrDefault(v => v.Target is not null && v.Actual is null),
            latestNumericKey is { } key ? values.FirstOrDefault(v => v.Target?.Number is not null && v.Period.SortKey >= key) : null,
            change);
    }
}
