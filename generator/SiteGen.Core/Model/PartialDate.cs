namespace SiteGen.Model;

/// <summary>A date known to the month (<c>2009-06</c>) or to the day (<c>2009-06-30</c>).</summary>
public sealed record PartialDate(int Year, int Month, int? Day)
{
    public override string ToString() => Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";
}
