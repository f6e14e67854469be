using SiteGen.Derivation;
using SiteGen.Model;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// The finding of an indicator chart in words, for screen readers and anyone who would rather read:
/// "Rose from 55.2% in 2007/08 to 65% in 2008/09; target for 2009/10 is 65%; higher is better."
/// Figures are quoted exactly as printed; which points are quoted is decided in <see cref="SeriesFacts"/>.
/// </summary>
public static class ChartSentences
{
    public static string Describe(Indicator indicator, IndicatorAssessment assessment)
    {
        if (indicator.Unit is Unit.YesNo or Unit.Milestone or Unit.Text) return DescribeStatuses(indicator);
        var parts = new List<string>();
        var series = assessment.Series;
        if (series is { Change: { } change, FirstNumericActual: { } first, LatestNumericActual: { } last })
        {
            parts.Add(change == SeriesChange.Unchanged
                ? $"Stayed at {last.Actual!.Text} from {first.Period} to {last.Period}"
                : $"{(change == SeriesChange.Rose ? "Rose" : "Fell")} from {first.Actual!.Text} in {first.Period} to {last.Actual!.Text} in {last.Period}");
        }
        else if (series.LatestNumericActual is { } only)
        {
            parts.Add($"Was {only.Actual!.Text} in {only.Period}");
        }
        else
        {
            var split = series.LatestSplit;
            parts.Add(split is null ? "No result is recorded as a number" : $"In {split.Period}: {string.Join(", ", split.Actual!.Parts.Select(p => $"{p.Name} {p.Value.Text}"))}");
        }

        if (series.NotNumbers.Count > 0) parts.Add("no figure for " + string.Join(", ", series.NotNumbers.Select(g => $"{g.Period} ({g.Actual!.Text})")));

        if (series.LatestTargetWithActual is { } sameTime) parts.Add($"target for {sameTime.Period} was {sameTime.Target!.Text}");
        if (series.TargetAfterLatest is { } next) parts.Add($"target for {next.Period} is {next.Target!.Text}");

        foreach (var c in indicator.Comparators.Where(c => c.Value.Number is not null).GroupBy(c => c.Label ?? Words.Of(c.Against)))
        {
            var latest = c.Last();
            parts.Add($"{c.Key} {latest.Value.Text}{(latest.Period is null ? string.Empty : " in " + latest.Period)}");
        }

        if (indicator.Polarity != Polarity.Neither) parts.Add(Words.Of(indicator.Polarity));
        return string.Join("; ", parts) + ".";
    }

    /// <summary>Yes/no, milestone and text indicators: each period's result and target as printed.</summary>
    private static string DescribeStatuses(Indicator indicator)
    {
        var periods = indicator.Values
            .Where(v => v.Actual is not null || v.Target is not null)
            .Select(v => v.Actual is null ? $"{v.Period}: target {v.Target!.Text}" : $"{v.Period}: {v.Actual.Text}{(v.Target is null ? string.Empty : $" (target {v.Target.Text})")}")
            .ToList();
        return periods.Count == 0 ? "No result or target is recorded." : string.Join("; ", periods) + ".";
    }
}
