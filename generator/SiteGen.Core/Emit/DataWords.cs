using SiteGen.Derivation;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// The words the data downloads (an indicator's JSON, the data packages' tables) use for the model's closed values. The download is data that
/// people's own tools read, so its vocabulary is fixed here, not taken from a theme that may reword its pages.
/// </summary>
public static class DataWords
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

    public static string Of(TargetResult result) => result switch
    {
        TargetResult.Met => "target met",
        TargetResult.NotMet => "target not met",
        _ => "no comparison",
    };

    public static string Of(ProgressJudgement judgement) => judgement switch
    {
        ProgressJudgement.TargetMet => "target met",
        ProgressJudgement.OnCourse => "on course",
        ProgressJudgement.NotFastEnough => "improving but not fast enough",
        ProgressJudgement.LittleProgress => "little or no progress",
        ProgressJudgement.WrongWay => "moving the wrong way",
        ProgressJudgement.MissedTarget => "missed its target",
        _ => "not judged",
    };

    public static string Of(RagStatus status) => status switch
    {
        RagStatus.Green => "green",
        RagStatus.Amber => "amber",
        RagStatus.Red => "red",
        RagStatus.Complete => "complete",
        RagStatus.NotStarted => "not started",
        _ => "no data",
    };

    public static string Of(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "on track",
        ProgressStatus.AtRisk => "at risk",
        ProgressStatus.OffTrack => "off track",
        _ => "no data",
    };

    public static string Of(BudgetKind kind) => kind switch
    {
        BudgetKind.Revenue => "revenue",
        BudgetKind.Capital => "capital",
        BudgetKind.Efficiency => "efficiency savings",
        _ => "staffing",
    };

    public static string Of(BudgetBasis basis) => basis switch
    {
        BudgetBasis.Actual => "actual",
        BudgetBasis.Approved => "approved",
        BudgetBasis.Estimate => "estimate",
        _ => "outlook",
    };
}
