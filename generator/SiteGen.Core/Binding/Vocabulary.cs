using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>The words officers write for each closed list of values, in one place so messages, the guide and the binder agree.</summary>
public static class Vocabulary
{
    public static readonly IReadOnlyDictionary<string, Nation> Nations = new Dictionary<string, Nation>
    {
        ["England"] = Nation.England,
        ["Wales"] = Nation.Wales,
    };

    public static readonly IReadOnlyDictionary<string, Unit> Units = new Dictionary<string, Unit>
    {
        ["percent"] = Unit.Percent,
        ["number"] = Unit.Number,
        ["count"] = Unit.Count,
        ["rate-per-1000"] = Unit.RatePer1000,
        ["rate-per-10000"] = Unit.RatePer10000,
        ["rate-per-100000"] = Unit.RatePer100000,
        ["money"] = Unit.Money,
        ["days"] = Unit.Days,
        ["weeks"] = Unit.Weeks,
        ["score"] = Unit.Score,
        ["yes-no"] = Unit.YesNo,
        ["milestone"] = Unit.Milestone,
        ["text"] = Unit.Text,
    };

    public static readonly IReadOnlyDictionary<string, Polarity> Polarities = new Dictionary<string, Polarity>
    {
        ["higher-is-better"] = Polarity.HigherIsBetter,
        ["lower-is-better"] = Polarity.LowerIsBetter,
        ["neither"] = Polarity.Neither,
    };

    public static readonly IReadOnlyDictionary<string, PeriodKind> PeriodKinds = new Dictionary<string, PeriodKind>
    {
        ["financial-year"] = PeriodKind.FinancialYear,
        ["academic-year"] = PeriodKind.AcademicYear,
        ["calendar-year"] = PeriodKind.CalendarYear,
        ["quarter"] = PeriodKind.Quarter,
    };

    public static readonly IReadOnlyDictionary<string, bool> Importance = new Dictionary<string, bool>
    {
        ["main"] = true,
        ["secondary"] = false,
    };

    public static readonly IReadOnlyDictionary<string, PlanStatus> PlanStatuses = new Dictionary<string, PlanStatus>
    {
        ["draft"] = PlanStatus.Draft,
        ["approved"] = PlanStatus.Approved,
        ["published"] = PlanStatus.Published,
    };

    public static readonly IReadOnlyDictionary<string, PlanRelationship> Relationships = new Dictionary<string, PlanRelationship>
    {
        ["parent"] = PlanRelationship.Parent,
        ["child"] = PlanRelationship.Child,
        ["related"] = PlanRelationship.Related,
    };

    public static readonly IReadOnlyDictionary<string, ComparatorKind> Comparators = new Dictionary<string, ComparatorKind>
    {
        ["statistical-neighbours"] = ComparatorKind.StatisticalNeighbours,
        ["england"] = ComparatorKind.England,
        ["region"] = ComparatorKind.Region,
        ["wales"] = ComparatorKind.Wales,
        ["wales-median"] = ComparatorKind.WalesMedian,
        ["wales-best-quartile"] = ComparatorKind.WalesBestQuartile,
        ["other"] = ComparatorKind.Other,
    };

    public static readonly IReadOnlyDictionary<string, RagStatus> Statuses = new Dictionary<string, RagStatus>
    {
        ["green"] = RagStatus.Green,
        ["amber"] = RagStatus.Amber,
        ["red"] = RagStatus.Red,
        ["complete"] = RagStatus.Complete,
        ["not-started"] = RagStatus.NotStarted,
        ["no-data"] = RagStatus.NoData,
    };

    public static readonly IReadOnlyDictionary<string, BudgetKind> BudgetKinds = new Dictionary<string, BudgetKind>
    {
        ["revenue"] = BudgetKind.Revenue,
        ["capital"] = BudgetKind.Capital,
        ["efficiency"] = BudgetKind.Efficiency,
        ["staffing"] = BudgetKind.Staffing,
    };

    public static readonly IReadOnlyDictionary<string, BudgetBasis> BudgetBases = new Dictionary<string, BudgetBasis>
    {
        ["actual"] = BudgetBasis.Actual,
        ["approved"] = BudgetBasis.Approved,
        ["estimate"] = BudgetBasis.Estimate,
        ["outlook"] = BudgetBasis.Outlook,
    };

    /// <summary>What a budget column holds (its <c>holds</c>): figures, the default, or words printed beside them; true for words.</summary>
    public static readonly IReadOnlyDictionary<string, bool> BudgetColumnContents = new Dictionary<string, bool>
    {
        ["figures"] = false,
        ["text"] = true,
    };
}
