using System.Text.RegularExpressions;

namespace SiteGen.Templating;

/// <summary>How the template helpers read the text they are given: printed figures, placeholders and the generator's abbreviation markup.</summary>
internal static partial class FigureText
{
    /// <summary>A figure printed as a plain number, with no unit of its own: "10.6", "-3", "1,566" (not "55.2%", "£78.94", "G 61.4 B 49.6").</summary>
    public static bool IsBareNumber(string text) => BareNumber().IsMatch(text);

    public static bool IsOne(string text) => text is "1" or "1.0";

    /// <summary>Whether a text has words in some language ("Not Applicable", "New indicator"), not only figures and signs ("65", "55.2%", "G 61.4 B 49.6"): two letters or more.</summary>
    public static bool HasWords(string text) => text.Count(char.IsLetter) >= 2;

    /// <summary>
    /// Whether <paramref name="text"/> already gives <paramref name="meaning"/>, or its words before a closing
    /// remark in brackets ("How we compare to Wales" of "How we compare to Wales (Table 5a)"), so it need not be said twice.
    /// </summary>
    public static bool SpellsOut(string text, string meaning)
    {
        if (text.Contains(meaning, StringComparison.OrdinalIgnoreCase)) return true;
        var bracket = meaning.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 && meaning.EndsWith(')') && text.Contains(meaning[..bracket], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether an abbreviation between <paramref name="before"/> and <paramref name="after"/> is part of a code ("SCC/004")
    /// or already stands in brackets ("Assistant Director (PA)"): spelt out there, it would split the code or nest
    /// brackets, so it waits for a use of its own.
    /// </summary>
    public static bool IsEnclosed(char? before, char? after) => before == '/' || after == '/' || (before == '(' && after == ')');

    /// <summary>
    /// Whether the text after an abbreviation opens brackets of its own ("PI (s)", "SN (2008/09)"): its meaning in
    /// brackets there would stand beside another pair, "PI (performance indicator) (s)", so it waits for a use of its own.
    /// </summary>
    public static bool IsBracketed(ReadOnlySpan<char> following) => following.TrimStart(' ').StartsWith("(", StringComparison.Ordinal);

    /// <summary>Whether the HTML after an abbreviation gives its meaning in brackets: "PSA (Public Service Agreement)".</summary>
    public static bool SpellsOutAfter(ReadOnlySpan<char> followingHtml, string meaning)
    {
        var start = followingHtml.TrimStart(' ');
        var decoded = System.Net.WebUtility.HtmlDecode(start[..Math.Min(start.Length, meaning.Length * 2 + 16)].ToString());
        return decoded.StartsWith("(" + meaning, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An abbreviation the Markdown renderer marked: its title (the meaning, encoded) and the term (encoded).</summary>
    public static readonly Regex MarkedAbbreviation = MarkedAbbreviationPattern();

    /// <summary>A numbered placeholder of a words file entry, <c>{0}</c>, once its text is HTML-encoded (braces are not encoded).</summary>
    public static readonly Regex Placeholder = PlaceholderPattern();

    [GeneratedRegex(@"^[-+−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    [GeneratedRegex("<abbr title=\"([^\"]*)\">([^<]*)</abbr>", RegexOptions.CultureInvariant)]
    private static partial Regex MarkedAbbreviationPattern();

    [GeneratedRegex(@"\{(\d+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
