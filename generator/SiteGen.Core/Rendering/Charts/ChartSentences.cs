using SiteGen.Model;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// The finding of an indicator chart in words, for screen readers and anyone who would rather read:
/// "Rose from 55.2% in 2007/08 to 65% in 2008/09; target for 2009/10 is 65%; higher is better."
/// Figures are quoted exactly as printed.
/// </summary>
public static class ChartSentences
{
    public static string Describe(Indicator indicator)
    {
        if (indicator.Unit is Unit.YesNo or Unit.Milestone or Unit.Text) return DescribeStatuses(indicator);
        var parts = new List<string>();
        var actuals = indicator.Values.Where(v => v.Actual is { Number: not null }).ToList();
        if (actuals.Count >= 2)
        {
            var first = actuals[0];
            var last = actuals[^1];
            var verb = last.Actual!.Number > first.Actual!.Number ? "Rose" : last.Actual.Number < first.Actual.Number ? "Fell" : null;
            parts.Add(verb is null
                ? $"Stayed at {last.Actual.Text} from {first.Period} to {last.Period}"
                : $"{verb} from {first.Actual.Text} in {first.Period} to {last.Actual.Text} in {last.Period}");
        }
        else if (actuals.Count == 1)
        {
            parts.Add($"Was {actuals[0].Actual!.Text} in {actuals[0].Period}");
        }
        else
        {
            var split = indicator.Values.LastOrDefault(v => v.Actual is { IsSplit: true });
            parts.Add(split is null ? "No result is recorded as a number" : $"In {split.Period}: {string.Join(", ", split.Actual!.Parts.Select(p => $"{p.Name} {p.Value.Text}"))}");
        }

        var gaps = indicator.Values.Where(v => v.Actual is { Number: null, IsSplit: false }).ToList();
        if (gaps.Count > 0) parts.Add("no figure for " + string.Join(", ", gaps.Select(g => $"{g.Period} ({g.Actual!.Text})")));

        var lastActualKey = indicator.Values.LastOrDefault(v => v.Actual is not null)?.Period.SortKey ?? int.MinValue;
        var sameTime = indicator.Values.LastOrDefault(v => v.Actual is not null && v.Target is not null);
        if (sameTime is not null) parts.Add($"target for {sameTime.Period} was {sameTime.Target!.Text}");
        var next = indicator.Values.FirstOrDefault(v => v.Target is not null && v.Period.SortKey > lastActualKey);
        if (next is not null) parts.Add($"target for {next.Period} is {next.Target!.Text}");

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
