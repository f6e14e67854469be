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
    SourceLocation Location);

public sealed record BudgetColumn(string Id, string Label, Period? Year, BudgetBasis? Basis);

/// <summary>A line of a budget; values are keyed by column id and kept as printed.</summary>
public sealed record BudgetLine(string? Reference, string Name, IReadOnlyDictionary<string, Figure> Values, string? Note, SourceLocation Location);
