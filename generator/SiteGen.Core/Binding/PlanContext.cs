using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>What a plan's other files are read against: the plan itself and the shared indicator definitions.</summary>
public sealed record PlanContext(Plan Plan, IReadOnlyDictionary<string, IndicatorDefinition> Definitions)
{
    /// <summary>Whether a definitions file could not be read, so a definition not found may still exist (<see cref="SharedContent.DefinitionsIncomplete"/>).</summary>
    public bool DefinitionsIncomplete { get; init; }

    /// <summary>
    /// Targets may fall in the plan's period, in the year it was published in (plans are often written in
    /// the last year before their period and set that year's target too), or from its <c>targets_from</c>
    /// up to its <c>targets_to</c>.
    /// </summary>
    public bool AcceptsTargetFor(Period period)
    {
        var windowStart = Plan.Period.First.SortKey;
        if (Plan.Published is { } published)
        {
            var financialYear = published.Month >= 4 ? published.Year : published.Year - 1;
            windowStart = Math.Min(windowStart, financialYear * 12 + 3);
        }

        if (Plan.TargetsFrom is { } from) windowStart = Math.Min(windowStart, from.SortKey);
        var windowEnd = Math.Max(Plan.Period.Last.EndKey, Plan.TargetsTo?.EndKey ?? 0);
        return period.EndKey > windowStart && period.SortKey < windowEnd;
    }
}
