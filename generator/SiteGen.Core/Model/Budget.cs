using SiteGen.Diagnostics;

namespace SiteGen.Model;

public enum BudgetKind
{
    Revenue,
    Capital,
    Efficiency,
    Staffing,
}

public enum BudgetBasis
{
    Actual,
    Approved,
    Estimate,
    Outlook,
}

public sealed record BudgetTable(
    string Title,
    BudgetKind Kind,
    string? Unit,
    IReadOnlyList<BudgetColumn> Columns,
    IReadOnlyList<BudgetLine> Lines,
    BudgetLine? Total,
    IReadOnlyList<string> Notes,
    SourceLocation Location)
{
    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }
}

public sealed record BudgetColumn(string Id, string Label, Period? Year, BudgetBasis? Basis)
{
    /// <summary>A column of words ("How will efficiency be improved?") printed beside the money columns: never added up or drawn.</summary>
    public bool IsText { get; init; }
}

/// <summary>A line of a budget; values are keyed by column id and kept as printed.</summary>
public sealed record BudgetLine(string? Reference, string Name, IReadOnlyDictionary<string, Figure> Values, string? Note, SourceLocation Location);
