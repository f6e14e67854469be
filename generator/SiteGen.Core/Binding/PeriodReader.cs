using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// Reads <c>2008/09</c> (also <c>2008/2009</c>, <c>2008-09</c>), <c>2008</c> and <c>Q4 2007/08</c>.
/// A split year must run into the next year; <c>2008/10</c> is a mistake, not a period.
/// </summary>
public static class PeriodReader
{
    public static Period? TryRead(string text)
    {
        var s = text.Trim();
        if (s.Length >= 3 && (s[0] == 'Q' || s[0] == 'q') && s[1] is >= '1' and <= '4' && s[2] == ' ')
        {
            var year = TryReadYear(s[3..].Trim());
            return year is { Shape: PeriodShape.SplitYear } y ? new Period(PeriodShape.Quarter, y.StartYear, s[1] - '0', $"Q{s[1]} {y.Label}") : null;
        }

        return TryReadYear(s);
    }

    private static Period? TryReadYear(string s)
    {
        if (s.Length == 4 && AllDigits(s))
        {
            return new Period(PeriodShape.CalendarYear, int.Parse(s), 0, s);
        }

        if (s.Length is 7 or 9 && AllDigits(s[..4]) && (s[4] == '/' || s[4] == '-') && AllDigits(s[5..]))
        {
            var start = int.Parse(s[..4]);
            var end = int.Parse(s[5..]);
            var expected = s.Length == 7 ? (start + 1) % 100 : start + 1;
            if (end != expected) return null;
            return new Period(PeriodShape.SplitYear, start, 0, $"{start}/{(start + 1) % 100:D2}");
        }

        return null;
    }

    public static PeriodRange? TryReadRange(string text)
    {
        var parts = text.Split(" to ", StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2) return null;
        var first = TryRead(parts[0]);
        var last = parts.Length == 2 ? TryRead(parts[1]) : first;
        if (first is null || last is null || last.SortKey < first.SortKey) return null;
        return new PeriodRange(first, last);
    }

    private static bool AllDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
