using SiteGen.Derivation;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>The plain-English words for the model's closed values, as readers see them.</summary>
public static class Words
{
    public static string Of(Unit unit) => unit switch
    {
        Unit.Percent => "percentage",
        Unit.Number => "number",
        Unit.Count => "count",
        Unit.RatePer1000 => "rate per 1,000",
        Unit.RatePer10000 => "rate per 10,000",
        Unit.RatePer100000 => "rate per 100,000",
        Unit.Money => "money (£)",
        Unit.Days => "days",
        Unit.Weeks => "weeks",
        Unit.Score => "score",
        Unit.YesNo => "yes or no",
        Unit.Milestone => "milestone",
        _ => "text",
    };

    public static string Of(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higher is better",
        Polarity.LowerIsBetter => "lower is better",
        _ => "neither higher nor lower is better",
    };

    public static string Of(PeriodKind kind) => kind switch
    {
        PeriodKind.AcademicYear => "academic years",
        PeriodKind.CalendarYear => "calendar years",
        PeriodKind.Quarter => "quarters",
        _ => "financial years",
    };

    public static string Of(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Draft",
        PlanStatus.Approved => "Approved",
        _ => "Published",
    };

    public static string Of(ComparatorKind kind) => kind switch
    {
        ComparatorKind.StatisticalNeighbours => "Statistical neighbours",
        ComparatorKind.England => "England",
        ComparatorKind.Region => "Region",
        ComparatorKind.Wales => "Wales",
        ComparatorKind.WalesMedian => "Welsh median",
        ComparatorKind.WalesBestQuartile => "Welsh best quartile",
        _ => "Comparator",
    };

    public static string Of(RagStatus status) => status switch
    {
        RagStatus.Green => "Green",
        RagStatus.Amber => "Amber",
        RagStatus.Red => "Red",
        RagStatus.Complete => "Complete",
        RagStatus.NotStarted => "Not started",
        _ => "No data",
    };

    public static string Of(BudgetKind kind) => kind switch
    {
        BudgetKind.Capital => "capital",
        BudgetKind.Efficiency => "efficiency savings",
        BudgetKind.Staffing => "staffing",
        _ => "revenue",
    };

    public static string? Of(Direction direction) => direction switch
    {
        Direction.Improving => "Improving",
        Direction.Worsening => "Getting worse",
        Direction.Unchanged => "No change",
        _ => null,
    };
}
