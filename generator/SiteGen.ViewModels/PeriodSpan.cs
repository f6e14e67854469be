namespace SiteGen.ViewModels;

/// <summary>
/// The years a plan runs over, its first and last periods as printed ("2010/11", "2012/13"); the theme joins them in
/// its own words ("2010/11 to 2012/13", "2010/11 i 2012/13"). One period when the plan runs for one.
/// </summary>
public sealed record PeriodSpan(string First, string Last)
{
    public bool IsOne => First == Last;
}
