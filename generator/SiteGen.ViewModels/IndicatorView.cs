namespace SiteGen.ViewModels;

/// <summary>An indicator as a reader sees it: every figure as printed, and what SiteGen worked out from them.</summary>
public sealed record IndicatorView
{
    public required string Anchor { get; init; }

    /// <summary>The indicator's own page, relative to the page showing this view.</summary>
    public string? Href { get; init; }

    /// <summary>The id of the series table, which carries the chart's data.</summary>
    public required string TableId { get; init; }

    public ChartView? Chart { get; init; }

    /// <summary>The reference as the plan prints it ("NI 59"); empty when it has none.</summary>
    public required string Reference { get; init; }

    public required string Title { get; init; }

    public Html? Description { get; init; }

    public required Unit Unit { get; init; }

    public required Polarity Polarity { get; init; }

    public required PeriodKind PeriodKind { get; init; }

    public IReadOnlyList<string> Codes { get; init; } = [];

    public string? Category { get; init; }

    public IReadOnlyList<TagView> Tags { get; init; } = [];

    public OfficerView? Owner { get; init; }

    /// <summary>The partner organisation that provides the data, as the plan names it.</summary>
    public string? ProvidedBy { get; init; }

    public IReadOnlyList<SeriesRow> Series { get; init; } = [];

    public IReadOnlyList<ComparatorRow> Comparators { get; init; } = [];

    public IReadOnlyList<BandingView> Bandings { get; init; } = [];

    public IReadOnlyList<LabelledText> AuthorityValues { get; init; } = [];

    public string? AuthorityValuesPeriod { get; init; }

    public Html? Commentary { get; init; }

    public Html? Comparison { get; init; }

    public string? PeriodsNote { get; init; }

    public IReadOnlyList<string> Footnotes { get; init; } = [];

    /// <summary>The latest result, whether or not it is a number; null when no actual is recorded.</summary>
    public FigureAt? Latest { get; init; }

    /// <summary>Worked out by SiteGen: whether the latest period with a result and a target met it.</summary>
    public required TargetResult Result { get; init; }

    /// <summary>The period, target and result <see cref="Result"/> judges; null when there is none.</summary>
    public ComparedPoint? Compared { get; init; }

    /// <summary>The headline's status in the four ways (<see cref="IndicatorJudgementView.Standing"/>): what the plan at a glance counts.</summary>
    public required ProgressStatus Status { get; init; }

    /// <summary>Worked out by SiteGen from the last two results and the polarity.</summary>
    public required Direction Direction { get; init; }

    /// <summary>Everything SiteGen judges of the indicator, with its working.</summary>
    public IndicatorJudgementView? Judgement { get; init; }

    /// <summary>A note from the site's editors, not the plan's words: the theme shows it apart from the plan's own text.</summary>
    public Html? EditorNote { get; init; }
}

/// <summary>A period whose result and target are both figures: as printed.</summary>
public sealed record ComparedPoint(string Period, string Target, string Actual);

public sealed record SeriesRow(string Period, string? Actual, string? Estimate, string? Target, string? Note)
{
    /// <summary>The plan's own verdicts as printed, when it gives them.</summary>
    public string? Met { get; init; }

    public string? Improved { get; init; }

    /// <summary>
    /// What each split figure's printed form means, part by part ("girls 61.4", "boys 49.6"), shown beside it; empty
    /// unless the figure is printed in a form of its own ("G 61.4 B 49.6").
    /// </summary>
    public IReadOnlyList<LabelledText> ActualParts { get; init; } = [];

    public IReadOnlyList<LabelledText> EstimateParts { get; init; } = [];

    public IReadOnlyList<LabelledText> TargetParts { get; init; } = [];
}

/// <summary>A comparator's value as printed: named by the plan (<see cref="Label"/>) or by its kind.</summary>
public sealed record ComparatorRow(string? Label, ComparatorKind Kind, string? Period, string Value);

/// <summary>A banding ("PAF performance band 4"): the scale's name, the period, the band as printed and what the scale says it means.</summary>
public sealed record BandingView(string Scale, string? Period, string Band, string? Meaning)
{
    /// <summary>The scale's lowest and highest levels, as the plan declares them ("1", Very poor; "5", Excellent), so a reader knows where the band sits.</summary>
    public LabelledLevel? Lowest { get; init; }

    public LabelledLevel? Highest { get; init; }
}
