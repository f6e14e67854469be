namespace SiteGen.ViewModels;

/// <summary>
/// What a chart's title and description state, as facts: which points, figures and names they quote, each
/// picked by the generator (from the derived facts) and printed as the plan prints it. The theme puts them
/// into sentences, the same ones for the chart's accessible name, its SVG title and description, and its
/// caption. One kind of findings per kind of chart.
/// </summary>
public abstract record ChartFindings
{
    private ChartFindings()
    {
    }

    /// <summary>
    /// An indicator's line chart: "Rose from 55.2% in 2007/08 to 65% in 2008/09; target for 2009/10 is 65%;
    /// higher is better."
    /// </summary>
    /// <param name="Reference">The indicator's reference, when it has one; with <paramref name="Title"/>, the chart's title.</param>
    /// <param name="FirstResult">The first result that is a number; null without one.</param>
    /// <param name="LatestResult">The latest result that is a number; the same as the first when there is only one.</param>
    /// <param name="Change">How the latest numeric result compares with the first; null with fewer than two.</param>
    /// <param name="LatestSplit">The latest result split into parts (boys / girls), quoted when no result is a number.</param>
    /// <param name="NotNumbers">Periods whose result is printed but is not a number ("New indicator").</param>
    /// <param name="TargetWithLatest">The target of the last period with both a result and a target.</param>
    /// <param name="TargetAfterLatest">The first target after the period of the latest result.</param>
    /// <param name="Comparators">The latest value of each comparator that is a number.</param>
    public sealed record IndicatorLine(
        string? Reference,
        string Title,
        PrintedPoint? FirstResult,
        PrintedPoint? LatestResult,
        SeriesChange? Change,
        SplitResult? LatestSplit,
        IReadOnlyList<PrintedPoint> NotNumbers,
        PrintedPoint? TargetWithLatest,
        PrintedPoint? TargetAfterLatest,
        IReadOnlyList<ComparatorFinding> Comparators,
        Polarity Polarity) : ChartFindings;

    /// <summary>A yes/no, milestone or text indicator's status strip: each period's result and target as printed.</summary>
    public sealed record IndicatorStrip(string? Reference, string Title, IReadOnlyList<PeriodResult> Periods) : ChartFindings;

    /// <summary>One indicator across councils: each council's latest numeric result.</summary>
    /// <param name="Reference">The reference the councils share; with <paramref name="Title"/>, the definition's title.</param>
    public sealed record Comparison(string Reference, string Title, IReadOnlyList<CouncilResult> Councils, Polarity Polarity) : ChartFindings;

    /// <summary>Where the council sits among every authority's values.</summary>
    /// <param name="Reference">The indicator's reference; empty when it has none.</param>
    /// <param name="Authorities">How many authorities' values are ranked.</param>
    /// <param name="Period">The period of the values, when the plan says.</param>
    /// <param name="Own">The council's own place; null when its value is not among them.</param>
    /// <param name="Median">The median, written as the chart's ticks are.</param>
    /// <param name="BestQuartile">The best quartile, written as the chart's ticks are.</param>
    public sealed record Rank(string Reference, int Authorities, string? Period, OwnRank? Own, Polarity Polarity, string Median, string BestQuartile) : ChartFindings;

    /// <summary>Each risk's place before and after mitigation, on axes the plan names.</summary>
    public sealed record RiskMatrix(int Risks, string LikelihoodAxis, string ImpactAxis, IReadOnlyList<RiskPlacement> Placements) : ChartFindings;

    /// <summary>Counts per status, one row per bar.</summary>
    public sealed record Status(IReadOnlyList<StatusRow> Rows) : ChartFindings;

    /// <summary>A budget table's bars: which columns are drawn, for how many lines, and the largest line.</summary>
    /// <param name="Table">The table's title.</param>
    /// <param name="Columns">The labels of the columns drawn.</param>
    /// <param name="Unit">The table's unit, when the column labels do not already say it.</param>
    /// <param name="Lines">How many lines are drawn.</param>
    /// <param name="Largest">The name of the line with the largest value.</param>
    /// <param name="LargestValues">Its value in each column drawn, as printed; null where it has none.</param>
    /// <param name="HasNegative">Whether any line is drawn to the left of zero.</param>
    public sealed record Budget(string Table, IReadOnlyList<string> Columns, string? Unit, int Lines, string Largest, IReadOnlyList<string?> LargestValues, bool HasNegative) : ChartFindings;

    /// <summary>A sparkline: the results it draws and the target it marks.</summary>
    /// <param name="Reference">The indicator's reference; empty when it has none.</param>
    public sealed record Sparkline(string Reference, string Title, IReadOnlyList<PrintedPoint> Results, PrintedPoint? Target) : ChartFindings;
}

/// <summary>A figure as printed, with the period it belongs to.</summary>
public sealed record PrintedPoint(string Period, string Value);

/// <summary>A result split into parts, each part's name with its value as printed.</summary>
public sealed record SplitResult(string Period, IReadOnlyList<LabelledText> Parts);

/// <summary>A comparator's latest value as printed, and its period when the plan gives one.</summary>
public sealed record ComparatorFinding(ChartLabel.ComparatorName Name, string Value, string? Period);

/// <summary>A period of a status strip: its result and target as printed, either of which may be missing.</summary>
public sealed record PeriodResult(string Period, string? Actual, string? Target);

/// <summary>A council's latest result that is a number; null when none of its results is.</summary>
public sealed record CouncilResult(string Council, PrintedPoint? Latest)
{
    /// <summary>The plan the result is from, given where the council reports the indicator in more than one plan.</summary>
    public string? Plan { get; init; }
}

/// <summary>The council's place among every authority, 1 for the best, with its value as printed.</summary>
public sealed record OwnRank(string Authority, int Place, string Value);

/// <summary>A risk's place on the matrix, at levels the plan names.</summary>
public sealed record RiskPlacement(string Reference, RiskPosition Position, string Likelihood, string Impact);

/// <summary>A bar of a status chart: what it counts (the whole plan, or an objective by its title) and the counts.</summary>
public sealed record StatusRow(ChartLabel Label, StatusSummary Counts);
