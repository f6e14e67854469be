namespace SiteGen.ViewModels;

/// <summary>
/// A text on a chart. Data stays as printed (<see cref="Printed"/>: a period, a figure, a council's or a
/// risk's name, a tick number); everything else is one of the words below, with its arguments, which
/// the theme puts into its own language.
/// </summary>
public abstract record ChartLabel
{
    private ChartLabel()
    {
    }

    /// <summary>Data exactly as the plan prints it, or a tick number already written in the indicator's unit.</summary>
    public sealed record Printed(string Text) : ChartLabel;

    /// <summary>In the plot area of a chart with no figures to draw: look in the table instead.</summary>
    public sealed record NoFigures : ChartLabel;

    /// <summary>Where a period has no value at all.</summary>
    public sealed record NoValue : ChartLabel;

    /// <summary>Which way is better, drawn at the top of the chart (an arrow and words).</summary>
    public sealed record PolarityArrow(Polarity Polarity) : ChartLabel;

    /// <summary>The title of the axis of periods: financial years, quarters…</summary>
    public sealed record PeriodAxis(PeriodKind Kind) : ChartLabel;

    /// <summary>The title of the axis of values, for units whose tick numbers do not say it (per 1,000, days).</summary>
    public sealed record UnitAxis(Unit Unit) : ChartLabel;

    /// <summary>The title of a status strip's row of results.</summary>
    public sealed record ResultAxis : ChartLabel;

    /// <summary>A legend entry for one of an indicator's series.</summary>
    public sealed record Legend(ChartSeries Series) : ChartLabel;

    /// <summary>A period's target as printed, in a cell of a status strip.</summary>
    public sealed record StripTarget(string Target) : ChartLabel;

    /// <summary>A comparator's name: the plan's own label for it, else the name of its kind.</summary>
    public sealed record ComparatorName(string? Label, ComparatorKind Kind) : ChartLabel;

    /// <summary>A budget column in the legend, with the year it belongs to when the table gives one.</summary>
    public sealed record BudgetColumn(string Label, string? Year) : ChartLabel;

    /// <summary>The council's own authority and value, under a rank chart.</summary>
    public sealed record OwnValue(string Authority, string Value) : ChartLabel;

    /// <summary>The median or best quartile line of a rank chart, with its value written as the ticks are.</summary>
    public sealed record RankLine(RankMark Mark, string Value) : ChartLabel;

    /// <summary>A cell of a risk matrix: its score, and the name of its rating band when the plan gives bands.</summary>
    public sealed record RiskCell(int Score, string? Band) : ChartLabel;

    /// <summary>
    /// Where a risk sits, for the link on its box: "CYP1: before mitigation, likelihood 3, severity 4". The axis
    /// names and levels are the plan's own.
    /// </summary>
    public sealed record RiskPlace(string Reference, RiskPosition Position, string LikelihoodAxis, string Likelihood, string ImpactAxis, string Impact) : ChartLabel;

    /// <summary>How many things have a status, on its segment of a status bar.</summary>
    public sealed record StatusCount(ProgressStatus Status, int Count) : ChartLabel;

    /// <summary>A status in the legend of a status chart.</summary>
    public sealed record StatusLegend(ProgressStatus Status) : ChartLabel;

    /// <summary>The row of a status chart that counts the whole plan.</summary>
    public sealed record WholePlan : ChartLabel;

    /// <summary>An objective, by its reference and title, e.g. the row of a status chart that counts it.</summary>
    public sealed record Objective(ObjectiveName Name) : ChartLabel;

    /// <summary>
    /// The line from the latest result to the next target, which shows the change needed to reach it:
    /// <paramref name="Period"/> is the target's period.
    /// </summary>
    public sealed record PathToTarget(string Period) : ChartLabel;

    /// <summary>A name with its value as printed, in a legend below a narrow chart: "Welsh median 96.8".</summary>
    public sealed record WithValue(ChartLabel Name, string Value) : ChartLabel;

    /// <summary>A council's line in a comparison, named with its plan where the council reports in more than one.</summary>
    public sealed record CouncilPlan(string Council, string Plan) : ChartLabel;
}

/// <summary>The series of an indicator chart that its legend names.</summary>
public enum ChartSeries
{
    Actual,
    Estimate,
    Target,
}

/// <summary>The reference lines of a rank chart.</summary>
public enum RankMark
{
    Median,
    BestQuartile,
}

/// <summary>A risk's place on the matrix: as assessed before mitigation (inherent) or after it (residual).</summary>
public enum RiskPosition
{
    Before,
    After,
}
