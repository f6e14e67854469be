using System.Text.RegularExpressions;
using Markdig;

namespace SiteGen.Emit;

/// <summary>Text the content writes in Markdown, as plain text on one line, for places that show no markup (a feed's summary).</summary>
public static partial class PlainText
{
    public static string Of(string markdown) => Spaces().Replace(Markdown.ToPlainText(markdown), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
