using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// Reads <c>2008/09</c> (also <c>2008/2009</c>, <c>2008-09</c>), <c>2008</c> and <c>Q4 2007/08</c>.
/// A split year must run into the next year; <c>2008/10</c> is a mistake, not a period.
/// </summary>
public static class PeriodReader
{
    /// <summary>
    /// The periods read on this thread, by their text. Every value of every series has a period and a plan names the
    /// same few again and again (126,900 periods at 100 councils, six of them different in the synthetic corpus); loading keeps the whole
    /// model, and the collector copies each object it keeps from generation to generation, so equal periods are one
    /// object. <see cref="Period"/> is an immutable record compared by value, so sharing it changes nothing else.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, Period?>? _read;

    public static Period? TryRead(string text)
    {
        var read = _read ??= new Dictionary<string, Period?>(StringComparer.Ordinal);
        if (read.TryGetValue(text, out var known)) return known;
        // A file of mistakes cannot make the table grow without end.
        if (read.Count >= 4096) read.Clear();
        return read[text] = Read(text);
    }

    private static Period? Read(string text)
    {
        var s = text.Trim();
        if (s.Length >= 3 && (s[0] == 'Q' || s[0] == 'q') && s[1] is >= '1' and <= '4' && s[2] == ' ')
        {
            var year = TryReadYear(s[3..].Trim());
            return year is { Shape: PeriodShape.SplitYear } y ? new Period(PeriodShape.Quarter, y.StartYear, s[1] - '0', $"Q{s[1]} {y.Label}") : null;
        }

        return TryReadYear(s);
    }

    /// <remarks>
    /// Read from spans, and a text already written as its label (<c>2008/09</c>) is kept as the label: every
    /// value of every series has a period, and cutting the text up and writing it again allocated each time.
    /// </remarks>
    private static Period? TryReadYear(string s)
    {
        if (s.Length == 4 && AllDigits(s))
        {
            return new Period(PeriodShape.CalendarYear, int.Parse(s), 0, s);
        }

        if (s.Length is 7 or 9 && AllDigits(s.AsSpan(0, 4)) && (s[4] == '/' || s[4] == '-') && AllDigits(s.AsSpan(5)))
        {
            var start = int.Parse(s.AsSpan(0, 4));
            var end = int.Parse(s.AsSpan(5));
            var expected = s.Length == 7 ? (start + 1) % 100 : start + 1;
            if (end != expected) return null;
            var label = s.Length == 7 && s[4] == '/' && start >= 1000 ? s : $"{start}/{(start + 1) % 100:D2}";
            return new Period(PeriodShape.SplitYear, start, 0, label);
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

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return s.Length > 0;
    }
}
