using System.Globalization;
using SiteGen.Derivation;
using SiteGen.Model;

namespace SiteGen.Emit.OpenData;

/// <summary>
/// The tables of the data packages, in long form (one row per indicator and period, per action, per risk,
/// per budget figure, per progress line) so a spreadsheet or a script can filter and pivot them. Every
/// figure keeps its printed text, with the number read from it beside it where the text is one.
/// </summary>
public static class OpenDataTables
{
    private static readonly DataField Council = new("council", FieldType.String, "The council whose plan reports it, by its full name.", Required: true);
    private static readonly DataField PlanTitle = new("plan", FieldType.String, "The plan's title as printed.", Required: true);

    public static readonly IReadOnlyList<DataField> IndicatorFields =
    [
        Council,
        PlanTitle,
        new("reference", FieldType.String, "The indicator's reference as the plan prints it (e.g. NI 59); empty where the plan prints none."),
        new("definition", FieldType.String, "The shared national definition the indicator reports (e.g. NI 59), which is the same for every council that reports it; empty for a local indicator."),
        new("title", FieldType.String, "What the indicator measures, as the plan words it.", Required: true),
        new("period", FieldType.String, "The period the figures are for, as printed: 2008/09 (a financial or academic year), 2008 (a calendar year) or Q4 2007/08 (a quarter of a financial year).", Required: true),
        new("period_start", FieldType.Date, "The first day of the period: 1 April for financial and academic years and their quarters (academic years are counted from April too), 1 January for calendar years. Sorts the periods in order.", Required: true),
        new("actual", FieldType.String, "The result as printed (e.g. 55.2%, £78.94, New indicator); empty where the plan gives none."),
        new("actual_number", FieldType.Number, "The number the result states, without its unit; empty where the result is not one number (words, or a figure split into parts)."),
        new("estimate", FieldType.String, "The estimate or forecast as printed, for a period not yet reported in full."),
        new("estimate_number", FieldType.Number, "The number the estimate states, without its unit."),
        new("target", FieldType.String, "The target as printed."),
        new("target_number", FieldType.Number, "The number the target states, without its unit."),
        new("unit", FieldType.String, "What the figures count: " + string.Join(", ", Enum.GetValues<Unit>().Select(DataWords.Of)) + ".", Required: true),
        new("polarity", FieldType.String, "Which way is better: " + string.Join(", ", Enum.GetValues<Polarity>().Select(DataWords.Of)) + ".", Required: true),
        new("note", FieldType.String, "The plan's note on this period's figures."),
        new("judgement", FieldType.String, "The site's judgement of the latest period with both a numeric result and a numeric target, given on that period's row only: " + string.Join(" or ", new[] { TargetResult.Met, TargetResult.NotMet }.Select(DataWords.Of)) + ". Empty on every other row, and where no period can be judged."),
        new("progress", FieldType.String, "The site's judgement of the indicator as a whole, the same on each of its rows: its pace towards its next target, else its latest target for the same period, as the site's page on how it judges progress explains: " + string.Join(", ", Enum.GetValues<ProgressJudgement>().Select(DataWords.Of)) + ".", Required: true),
    ];

    public static readonly IReadOnlyList<DataField> ActionFields =
    [
        Council,
        PlanTitle,
        new("objective_reference", FieldType.String, "The reference of the objective the action serves, as printed."),
        new("objective", FieldType.String, "The objective the action serves.", Required: true),
        new("reference", FieldType.String, "The action's reference as printed; empty where the plan prints none."),
        new("area", FieldType.String, "The area of work the plan files the action under."),
        new("description", FieldType.String, "What the plan says will be done.", Required: true),
        new("timescale", FieldType.String, "The timescale as printed (e.g. June 2009, 2009-2011, On going)."),
        new("start", FieldType.String, "When the action starts, as yyyy-mm or yyyy-mm-dd."),
        new("due", FieldType.String, "When the action is due, as yyyy-mm or yyyy-mm-dd."),
        new("latest_period", FieldType.String, "The period of the latest status the council reported for the action, in a progress report or in the plan's own progress entries."),
        new("latest_status", FieldType.String, "That status, as the council rated it: " + string.Join(", ", Enum.GetValues<RagStatus>().Select(DataWords.Of)) + "."),
        new("progress", FieldType.String, "Where the action stands, as the site counts it: " + string.Join(", ", Enum.GetValues<ProgressStatus>().Select(DataWords.Of)) + " (complete counts as on track, not started as no data).", Required: true),
    ];

    public static readonly IReadOnlyList<DataField> RiskFields =
    [
        Council,
        PlanTitle,
        new("reference", FieldType.String, "The risk's reference in the plan's register.", Required: true),
        new("description", FieldType.String, "The risk, as the register words it.", Required: true),
        new("inherent_likelihood", FieldType.String, "How likely the risk is before controls, on the plan's own scale, as printed."),
        new("inherent_impact", FieldType.String, "How great its impact would be before controls, on the plan's own scale, as printed."),
        new("inherent_score", FieldType.Integer, "Likelihood times impact before controls, each counted by its position on the plan's scale (lowest 1)."),
        new("inherent_rating", FieldType.String, "The band of the plan's risk scale that score falls in."),
        new("residual_likelihood", FieldType.String, "How likely the risk is with its controls in place, as printed."),
        new("residual_impact", FieldType.String, "How great its impact would be with its controls in place, as printed."),
        new("residual_score", FieldType.Integer, "Likelihood times impact with controls in place, counted as for inherent_score."),
        new("residual_rating", FieldType.String, "The band of the plan's risk scale that score falls in."),
        new("priority", FieldType.String, "The priority the register gives the risk, where it uses one scale instead of likelihood and impact."),
    ];

    public static readonly IReadOnlyList<DataField> BudgetFields =
    [
        Council,
        PlanTitle,
        new("table", FieldType.String, "The budget table's title as printed.", Required: true),
        new("kind", FieldType.String, "What the table counts: " + string.Join(", ", Enum.GetValues<BudgetKind>().Select(DataWords.Of)) + ".", Required: true),
        new("unit", FieldType.String, "The table's unit as printed (e.g. £000, FTE)."),
        new("line_reference", FieldType.String, "The line's reference as printed."),
        new("line", FieldType.String, "The budget line (a service, a heading).", Required: true),
        new("total", FieldType.Boolean, "true on the table's total line as printed, false on every other line.", Required: true),
        new("column", FieldType.String, "The column's heading as printed.", Required: true),
        new("year", FieldType.String, "The year the column's figures are for."),
        new("basis", FieldType.String, "Whether the column's figures are " + string.Join(", ", Enum.GetValues<BudgetBasis>().Select(DataWords.Of)) + "."),
        new("value", FieldType.String, "The figure as printed; in a column of words printed beside the figures (e.g. how efficiency will be improved), those words.", Required: true),
        new("value_number", FieldType.Number, "The number the figure states, in the table's unit; empty in a column of words."),
    ];

    public static readonly IReadOnlyList<DataField> ProgressFields =
    [
        Council,
        PlanTitle,
        new("report", FieldType.String, "The progress report's title, or its period where it has no title.", Required: true),
        new("report_period", FieldType.String, "The period the report covers.", Required: true),
        new("published", FieldType.String, "When the report was published, as yyyy-mm or yyyy-mm-dd."),
        new("of", FieldType.String, "Whether the line reports an action or an indicator.", Required: true),
        new("reference", FieldType.String, "The action's or indicator's reference."),
        new("description", FieldType.String, "The action or indicator, as the site or the report names it.", Required: true),
        new("status", FieldType.String, "The status the report gives, as the council rated it: " + string.Join(", ", Enum.GetValues<RagStatus>().Select(DataWords.Of)) + "."),
        new("progress", FieldType.String, "Where it stands, as the site counts it: " + string.Join(", ", Enum.GetValues<ProgressStatus>().Select(DataWords.Of)) + ".", Required: true),
        new("value", FieldType.String, "The figure the report gives (an indicator's result, or an action's per cent complete), as printed."),
        new("value_number", FieldType.Number, "The number that figure states."),
        new("commentary", FieldType.String, "The report's commentary."),
    ];

    public static readonly IReadOnlyList<DataField> DefinitionFields =
    [
        new("set", FieldType.String, "The set of shared definitions (e.g. National Indicator Set).", Required: true),
        new("reference", FieldType.String, "The definition's reference, as the indicators table's definition column gives it.", Required: true),
        new("title", FieldType.String, "What the indicator measures, as the set words it.", Required: true),
        new("unit", FieldType.String, "What the figures count, where the set says."),
        new("polarity", FieldType.String, "Which way is better, where the set says."),
        new("councils", FieldType.Integer, "How many councils on this site give figures for it (rows in the indicators table).", Required: true),
    ];

    public static IEnumerable<string?[]> Indicators(SiteFacts facts, Plan plan)
    {
        var council = CouncilOf(facts, plan);
        foreach (var indicator in plan.Indicators)
        {
            var judged = facts.Indicators.TryGetValue(indicator, out var assessment) && assessment.Result != TargetResult.NoComparison ? assessment.Compared : null;
            var progress = facts.Judgements.TryGetValue(indicator, out var judgement) ? judgement.Standing.Judgement : ProgressJudgement.NotJudged;
            foreach (var point in indicator.Values)
            {
                yield return
                [
                    council, plan.Title, indicator.Reference, indicator.DefinitionReference, indicator.Title,
                    point.Period.Label, PeriodStart(point.Period),
                    point.Actual?.Text, Number(point.Actual), point.Estimate?.Text, Number(point.Estimate), point.Target?.Text, Number(point.Target),
                    DataWords.Of(indicator.Unit), DataWords.Of(indicator.Polarity), point.Note,
                    ReferenceEquals(point, judged) ? DataWords.Of(assessment!.Result) : null,
                    DataWords.Of(progress),
                ];
            }
        }
    }

    public static IEnumerable<string?[]> Actions(SiteFacts facts, Plan plan)
    {
        var council = CouncilOf(facts, plan);
        foreach (var objective in plan.Objectives)
        {
            foreach (var action in objective.Actions)
            {
                var standing = facts.ActionStandings[action];
                yield return
                [
                    council, plan.Title, objective.Reference, objective.Title, action.Reference, action.Area, action.Description, action.Timescale,
                    action.Start?.ToString(), action.Due?.ToString(), standing.Reported?.Period.Label, standing.Reported is { } reported ? DataWords.Of(reported.Status) : null,
                    DataWords.Of(standing.Status),
                ];
            }
        }
    }

    public static IEnumerable<string?[]> Risks(SiteFacts facts, Plan plan)
    {
        var council = CouncilOf(facts, plan);
        foreach (var risk in plan.RiskRegister?.Risks ?? [])
        {
            var inherent = Rating(facts, risk.Inherent);
            var residual = Rating(facts, risk.Residual);
            yield return
            [
                council, plan.Title, risk.Reference, risk.Description,
                risk.Inherent?.Likelihood?.Value, risk.Inherent?.Impact?.Value, inherent?.Score.ToString(CultureInfo.InvariantCulture), inherent?.Band,
                risk.Residual?.Likelihood?.Value, risk.Residual?.Impact?.Value, residual?.Score.ToString(CultureInfo.InvariantCulture), residual?.Band,
                risk.Priority,
            ];
        }
    }

    public static IEnumerable<string?[]> Budget(SiteFacts facts, Plan plan)
    {
        var council = CouncilOf(facts, plan);
        foreach (var table in plan.Budgets)
        {
            var lines = table.Lines.Select(l => (Line: l, Total: false));
            if (table.Total is { } total) lines = lines.Append((total, true));
            foreach (var (line, isTotal) in lines)
            {
                foreach (var column in table.Columns)
                {
                    if (!line.Values.TryGetValue(column.Id, out var value)) continue;
                    yield return
                    [
                        council, plan.Title, table.Title, DataWords.Of(table.Kind), table.Unit, line.Reference, line.Name, isTotal ? "true" : "false",
                        column.Label, column.Year?.Label, column.Basis is { } basis ? DataWords.Of(basis) : null, value.Text, column.IsText ? null : Number(value),
                    ];
                }
            }
        }
    }

    public static IEnumerable<string?[]> Progress(SiteFacts facts, Plan plan)
    {
        var council = CouncilOf(facts, plan);
        var indicators = plan.Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var actions = plan.Objectives.SelectMany(o => o.Actions).Where(a => a.Reference is not null).GroupBy(a => a.Reference!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var report in plan.ProgressReports)
        {
            var name = report.Title ?? report.Period.Label;
            foreach (var line in report.Actions)
            {
                var action = line.Action is { } r && actions.TryGetValue(r.Value, out var found) ? found : null;
                yield return Line(report, name, "action", line.Action?.Value, action?.Description ?? line.Description ?? line.Action?.Value, line.Status, line.Percent, line.Commentary);
            }

            foreach (var line in report.Indicators)
            {
                var indicator = line.Indicator is { } r && indicators.TryGetValue(r.Value, out var found) ? found : null;
                yield return Line(report, name, "indicator", indicator?.Reference ?? line.Indicator?.Value, indicator?.Title ?? line.Description ?? line.Indicator?.Value, line.Status, line.Value, line.Commentary);
            }
        }

        string?[] Line(ProgressReport report, string name, string of, string? reference, string? description, RagStatus? status, Figure? value, string? commentary) =>
        [
            council, plan.Title, name, report.Period.Label, report.Published?.ToString(), of, reference, description ?? string.Empty,
            status is { } rag ? DataWords.Of(rag) : null, DataWords.Of(ProgressStatusRule.Of(status)), value?.Text, Number(value), commentary,
        ];
    }

    /// <summary>Every shared definition that at least one plan on the site gives figures for, so each has rows in the indicators table.</summary>
    public static IEnumerable<string?[]> Definitions(SiteFacts facts)
    {
        var reported = facts.Site.Plans
            .SelectMany(p => p.Indicators.Where(i => i.DefinitionReference is not null && i.Values.Count > 0).Select(i => (Definition: i.DefinitionReference!, p.Organisation.Value)))
            .Distinct()
            .GroupBy(x => x.Definition, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var set in facts.Site.DefinitionSets)
        {
            foreach (var definition in set.Definitions)
            {
                if (!reported.TryGetValue(definition.Reference, out var councils)) continue;
                yield return
                [
                    set.Name, definition.Reference, definition.Title,
                    definition.Unit is { } unit ? DataWords.Of(unit) : null, definition.Polarity is { } polarity ? DataWords.Of(polarity) : null,
                    councils.ToString(CultureInfo.InvariantCulture),
                ];
            }
        }
    }

    public static string CouncilOf(SiteFacts facts, Plan plan) => facts.OrganisationOf(plan)?.Name ?? plan.Organisation.Value;

    /// <summary>The first day of the period, from the months <see cref="Period.SortKey"/> counts.</summary>
    public static string PeriodStart(Period period) => $"{period.SortKey / 12:D4}-{period.SortKey % 12 + 1:D2}-01";

    private static string? Number(Figure? figure) => figure?.Number?.ToString(CultureInfo.InvariantCulture);

    private static RiskRating? Rating(SiteFacts facts, RiskAssessment? assessment) =>
        assessment is not null && facts.RiskRatings.TryGetValue(assessment, out var rating) ? rating : null;
}
