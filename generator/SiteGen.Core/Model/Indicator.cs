using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// An indicator as one plan reports it. Title, unit, polarity and period kind are already merged
/// with the shared definition (the plan's own wording wins), so later stages never look twice.
/// </summary>
public sealed record Indicator(
    string Key,
    string? Reference,
    string? DefinitionReference,
    IReadOnlyList<string> Codes,
    string Title,
    string? Description,
    Unit Unit,
    Polarity Polarity,
    PeriodKind PeriodKind,
    bool IsMain,
    string? Category,
    IReadOnlyList<string> Tags,
    Ref? Owner,
    string? ProvidedBy,
    IReadOnlyList<SeriesPoint> Values,
    IReadOnlyList<Comparator> Comparators,
    IReadOnlyList<Banding> Bandings,
    AuthorityValues? AuthorityValues,
    string? Commentary,
    string? Comparison,
    string? PeriodsNote,
    IReadOnlyList<string> Footnotes,
    SourceLocation Location)
{
    /// <summary>What a reader sees as the indicator's code: its printed reference, or nothing when the plan printed none.</summary>
    public string DisplayReference => Reference ?? string.Empty;

    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }
}

public sealed record SeriesPoint(Period Period, Figure? Actual, Figure? Estimate, Figure? Target, string? Note, SourceLocation Location)
{
    /// <summary>The plan's own verdict that the target was met, as printed ("Yes").</summary>
    public string? Met { get; init; }

    /// <summary>The plan's own verdict that the result improved, as printed.</summary>
    public string? Improved { get; init; }
}

public enum ComparatorKind
{
    StatisticalNeighbours,
    England,
    Region,
    Wales,
    WalesMedian,
    WalesBestQuartile,
    Other,
}

public sealed record Comparator(ComparatorKind Against, string? Label, Period? Period, Figure Value);

public sealed record Banding(Ref Scale, Period? Period, Figure Band);

public sealed record AuthorityValues(Period? Period, IReadOnlyList<AuthorityValue> Values);

public sealed record AuthorityValue(string Authority, Figure Value);
