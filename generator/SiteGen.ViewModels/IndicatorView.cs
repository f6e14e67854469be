namespace SiteGen.ViewModels;

/// <summary>An indicator as a reader sees it: every figure as printed, and the derived verdict in words.</summary>
public sealed record IndicatorView
{
    public required string Anchor { get; init; }

    /// <summary>The indicator's own page, relative to the page showing this view.</summary>
    public string? Href { get; init; }

    /// <summary>The id of the series table, which carries the chart's data.</summary>
    public required string TableId { get; init; }

    public ChartView? Chart { get; init; }

    public required string Reference { get; init; }

    public required string Title { get; init; }

    public Html? Description { get; init; }

    public required string Unit { get; init; }

    public required string Polarity { get; init; }

    public required string PeriodKind { get; init; }

    public IReadOnlyList<string> Codes { get; init; } = [];

    public string? Category { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Owner { get; init; }

    public string? ProvidedBy { get; init; }

    public IReadOnlyList<SeriesRow> Series { get; init; } = [];

    public IReadOnlyList<ComparatorRow> Comparators { get; init; } = [];

    public IReadOnlyList<LabelledText> Bandings { get; init; } = [];

    public IReadOnlyList<LabelledText> AuthorityValues { get; init; } = [];

    public string? AuthorityValuesPeriod { get; init; }

    public Html? Commentary { get; init; }

    public Html? Comparison { get; init; }

    public string? PeriodsNote { get; init; }

    public IReadOnlyList<string> Footnotes { get; init; } = [];

    /// <summary>"65% in 2008/09", or null when no actual is recorded.</summary>
    public string? Latest { get; init; }

    /// <summary>"Met the target of 65% in 2008/09", "Did not meet …", or "No target to compare with".</summary>
    public required string Verdict { get; init; }

    /// <summary>One of on-track, off-track, no-data: a token the theme maps to a shape and a word.</summary>
    public required string VerdictStatus { get; init; }

    public string? Direction { get; init; }
}

public sealed record SeriesRow(string Period, string? Actual, string? Estimate, string? Target, string? Note)
{
    /// <summary>The plan's own verdicts as printed, when it gives them.</summary>
    public string? Met { get; init; }

    public string? Improved { get; init; }
}

public sealed record ComparatorRow(string Label, string? Period, string Value);
