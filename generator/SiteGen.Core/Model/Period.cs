namespace SiteGen.Model;

public enum PeriodShape
{
    /// <summary><c>2008/09</c>: a financial or academic year, as the indicator's period kind says.</summary>
    SplitYear,

    /// <summary><c>2008</c>.</summary>
    CalendarYear,

    /// <summary><c>Q4 2007/08</c>: a quarter of a financial year.</summary>
    Quarter,
}

/// <summary>
/// A reporting period. <see cref="StartYear"/> is the calendar year the period begins in;
/// comparisons use <see cref="SortKey"/> so quarters fall inside their year.
/// </summary>
public sealed record Period(PeriodShape Shape, int StartYear, int Quarter, string Label) : IComparable<Period>
{
    /// <summary>Months since year 0 at which the period starts: April for split years and quarters (the UK financial year), January for calendar years.</summary>
    public int SortKey => Shape switch
    {
        PeriodShape.CalendarYear => StartYear * 12,
        PeriodShape.Quarter => StartYear * 12 + 3 + (Quarter - 1) * 3,
        _ => StartYear * 12 + 3,
    };

    /// <summary>The month after the period ends, on the same scale as <see cref="SortKey"/>.</summary>
    public int EndKey => Shape switch
    {
        PeriodShape.Quarter => SortKey + 3,
        _ => SortKey + 12,
    };

    public int CompareTo(Period? other) => other is null ? 1 : SortKey.CompareTo(other.SortKey);

    public override string ToString() => Label;
}

/// <summary>The life of a plan, e.g. 2009/10 to 2010/11.</summary>
public sealed record PeriodRange(Period First, Period Last)
{
    public bool Contains(Period p) => p.SortKey >= First.SortKey && p.EndKey <= Last.EndKey;

    public override string ToString() => First.Label == Last.Label ? First.Label : $"{First.Label} to {Last.Label}";
}
