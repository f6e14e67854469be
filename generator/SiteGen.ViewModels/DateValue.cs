namespace SiteGen.ViewModels;

/// <summary>A date as the plan gives it: a month (June 2009) or a day (30 June 2009). Themes write it in words.</summary>
public readonly record struct DateValue(int Year, int Month, int? Day)
{
    /// <summary>ISO 8601 (<c>2009-06</c>, <c>2009-06-30</c>), for <c>&lt;time datetime&gt;</c>.</summary>
    public string Iso => Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";
}
