using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A set of shared definitions (the National Indicator Set, PAF …), defined once for every council.</summary>
public sealed record DefinitionSet(string Id, string Name, string? Publisher, string? Description, IReadOnlyList<IndicatorDefinition> Definitions, SourceLocation Location)
{
    /// <summary>The set's abbreviation as plans print it ("PAF", "NI"), explained on pages with the set's name.</summary>
    public string? Abbreviation { get; init; }
}

public sealed record IndicatorDefinition(
    string Reference,
    string Title,
    string? Description,
    Unit? Unit,
    Polarity? Polarity,
    PeriodKind? PeriodKind,
    string SetId,
    SourceLocation Location);

public enum Unit
{
    Percent,
    Number,
    Count,
    RatePer1000,
    RatePer10000,
    RatePer100000,
    Money,
    Days,
    Weeks,
    Score,
    YesNo,
    Milestone,
    Text,
}

public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    Neither,
}

public enum PeriodKind
{
    FinancialYear,
    AcademicYear,
    CalendarYear,
    Quarter,
}
