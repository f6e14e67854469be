using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record ProgressReport(
    string Id,
    Period Period,
    string? Title,
    PartialDate? Published,
    IReadOnlyList<ActionProgress> Actions,
    IReadOnlyList<IndicatorProgress> Indicators,
    IReadOnlyDictionary<RagStatus, int> StatedCounts,
    SourceLocation Location)
{
    public string? Summary { get; init; }

    public IReadOnlyList<ProgressTable> Tables { get; init; } = [];

    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }
}

/// <summary>An action's progress: by reference to an action on the site, or described in words when its plan is not here.</summary>
public sealed record ActionProgress(Ref? Action, string? Description, RagStatus? Status, Figure? Percent, string? Commentary);

public sealed record IndicatorProgress(Ref? Indicator, string? Description, RagStatus? Status, Figure? Value, string? Commentary);

/// <summary>A report's summary table as printed: counts and percentages by status for each scope.</summary>
public sealed record ProgressTable(string Title, string Of, IReadOnlyList<ProgressTableRow> Rows);

public sealed record ProgressTableRow(
    string Scope,
    int? Total,
    IReadOnlyDictionary<RagStatus, int> Counts,
    IReadOnlyDictionary<RagStatus, Figure> Percentages,
    IReadOnlyList<ProgressOther> Others,
    SourceLocation Location);

/// <summary>A further column of a summary row; <see cref="Within"/> names the status whose count already includes it.</summary>
public sealed record ProgressOther(string Label, int? Count, Figure? Percentage, RagStatus? Within);
