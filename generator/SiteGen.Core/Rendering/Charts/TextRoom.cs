namespace SiteGen.Rendering.Charts;

/// <summary>
/// How much room a chart's text takes. The default theme draws every chart text at 14 units (site.css), and
/// the generator never sees the font, so widths are estimated from the number of characters: generous for
/// English in a sans-serif, so a label given this room does not overrun it.
/// </summary>
public static class TextRoom
{
    /// <summary>The size of chart text in the default theme, in chart units.</summary>
    public const double Size = 14;

    /// <summary>The height of one line of a label broken over several (the theme spaces lines 1.25em apart).</summary>
    public const double Line = 18;

    private const double Regular = 7.8;
    private const double Heavy = 8.8;

    /// <summary>
    /// About how wide <paramref name="text"/> is drawn: each character by its kind, at the widths of DejaVu Sans
    /// (the widest of the fonts system-ui gives), since figures, capitals and % are wider than the average letter.
    /// </summary>
    public static double Width(string text, bool bold = false)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            width += c switch
            {
                >= '0' and <= '9' or '£' or '$' or '€' or '#' or '_' or '+' or '=' or '<' or '>' or '~' or '−' => 8.9,
                '%' => 13.3,
                'm' or 'w' => 12,
                'i' or 'j' or 'l' or '\'' or '|' => 3.9,
                'f' or 't' or 'r' => 5.6,
                ' ' or ',' or '.' or ':' or ';' or '!' or '/' or '-' or '(' or ')' or '[' or ']' => 4.9,
                'M' or 'W' => 12.5,
                'I' or 'J' => 4.5,
                >= 'A' and <= 'Z' => 10,
                '@' or '&' => 11,
                _ => Regular,
            };
        }

        return bold ? width * Heavy / Regular : width;
    }

    /// <summary>About how wide a text of <paramref name="characters"/> characters is drawn.</summary>
    public static double Width(int characters, bool bold = false) => characters * (bold ? Heavy : Regular);

    /// <summary>How many characters fit in <paramref name="width"/>; never fewer than three, so a label keeps its first letters and an ellipsis.</summary>
    public static int Chars(double width, bool bold = false) => Math.Max(3, (int)Math.Floor(width / (bold ? Heavy : Regular)));

    /// <summary>How many lines <paramref name="text"/> takes when broken between words into lines of <paramref name="chars"/> characters, at most <paramref name="maxLines"/>.</summary>
    public static int LinesOf(string text, int chars, int maxLines)
    {
        var lines = 1;
        var length = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var needed = length == 0 ? word.Length : length + 1 + word.Length;
            if (needed <= chars || length == 0)
            {
                length = needed;
                continue;
            }

            lines++;
            length = word.Length;
        }

        return Math.Min(lines, maxLines);
    }
}
