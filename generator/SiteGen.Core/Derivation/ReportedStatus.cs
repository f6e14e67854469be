using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// The latest status the council reported for an action or indicator: from a progress report that names it
/// (<see cref="Report"/>, with its date), or from the action's own progress entries in the plan (no report).
/// </summary>
public sealed record ReportedStatus(RagStatus Status, Period Period, ProgressReport? Report, string? Commentary)
{
    public PartialDate? Date => Report?.Published;
}

/// <summary>
/// Feeds progress reports to the actions and indicators they name: for each, the status of the latest period
/// any report or progress entry gives one for. Within one period a report beats a plan's progress entry (it is
/// dated), and a later report in the plan's list beats an earlier one.
/// </summary>
public static class ReportedStatuses
{
    public static (IReadOnlyDictionary<PlanAction, ReportedStatus> Actions, IReadOnlyDictionary<Indicator, ReportedStatus> Indicators) Of(
        Plan plan, IReadOnlyDictionary<string, Indicator> indicatorsByKey)
    {
        var actionsByReference = plan.Objectives
            .SelectMany(o => o.Actions)
            .Where(a => a.Reference is not null)
            .GroupBy(a => a.Reference!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var actions = new Dictionary<PlanAction, ReportedStatus>(ReferenceEqualityComparer.Instance);
        var indicators = new Dictionary<Indicator, ReportedStatus>(ReferenceEqualityComparer.Instance);
        foreach (var action in plan.Objectives.SelectMany(o => o.Actions))
        {
            foreach (var entry in action.Progress.Where(e => e.Status is not null)) Keep(actions, action, new ReportedStatus(entry.Status!.Value, entry.Period, null, entry.Commentary));
        }

        foreach (var report in plan.ProgressReports)
        {
            foreach (var row in report.Actions.Where(r => r.Status is not null && r.Action is not null))
            {
                if (actionsByReference.TryGetValue(row.Action!.Value, out var action)) Keep(actions, action, new ReportedStatus(row.Status!.Value, report.Period, report, row.Commentary));
            }

            foreach (var row in report.Indicators.Where(r => r.Status is not null && r.Indicator is not null))
            {
                if (indicatorsByKey.TryGetValue(row.Indicator!.Value, out var indicator)) Keep(indicators, indicator, new ReportedStatus(row.Status!.Value, report.Period, report, row.Commentary));
            }
        }

        return (actions, indicators);
    }

    private static void Keep<T>(Dictionary<T, ReportedStatus> latest, T key, ReportedStatus status)
        where T : notnull
    {
        if (!latest.TryGetValue(key, out var held) || status.Period.SortKey > held.Period.SortKey || (status.Period.SortKey == held.Period.SortKey && status.Report is not null))
        {
            latest[key] = status;
        }
    }
}
