using SiteGen.Model;

namespace SiteGen.Binding;

public static class DateReader
{
    /// <summary><c>2009-06</c> or <c>2009-06-30</c>, checked against the calendar.</summary>
    public static PartialDate? TryRead(string text)
    {
        var s = text.Trim();
        if (s.Length is not (7 or 10) || s[4] != '-') return null;
        if (!int.TryParse(s[..4], out var year) || !int.TryParse(s[5..7], out var month) || month is < 1 or > 12) return null;
        if (s.Length == 7) return new PartialDate(year, month, null);
        if (s[7] != '-' || !int.TryParse(s[8..], out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new PartialDate(year, month, day);
    }
}
