namespace SiteGen.ViewModels;

// The closed values a theme puts into words. They mirror the model's own (a test checks the names match),
// so a theme never matches on a string: ThemePage.Word(value) finds the words under "<kind>.<value>",
// e.g. "polarity.higher-is-better" in i18n/en.yml.

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

public enum PlanStatus
{
    Draft,
    Approved,
    Published,
}

public enum PlanRelationship
{
    Parent,
    Child,
    Related,
}

public enum Nation
{
    England,
    Wales,
}

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

/// <summary>A status as a plan or its progress report prints it.</summary>
public enum RagStatus
{
    Green,
    Amber,
    Red,
    Complete,
    NotStarted,
    NoData,
}

/// <summary>Whether the latest period with both a result and a target met it: worked out by SiteGen.</summary>
public enum TargetResult
{
    Met,
    NotMet,
    NoComparison,
}

/// <summary>The direction of travel between the last two results, by the indicator's polarity: worked out by SiteGen.</summary>
public enum Direction
{
    Improving,
    Worsening,
    Unchanged,
    Unknown,
}

/// <summary>What a status counts as in the plan at a glance: worked out by SiteGen from a printed status or a target comparison.</summary>
public enum ProgressStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
    NoData,
}

/// <summary>How the first and latest numeric results of a series compare.</summary>
public enum SeriesChange
{
    Rose,
    Fell,
    Unchanged,
}
