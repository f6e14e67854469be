using System.Text;
using Markdig;

namespace SiteGen.Rendering;

/// <summary>
/// A page's meta description from its own summary in the content: the Markdown as plain text, on one line,
/// cut at a word to the length search engines show. A page whose content has no summary gets none here,
/// and its theme words one from the page's title.
/// </summary>
public static class MetaDescription
{
    /// <summary>About what a search engine shows before it cuts a snippet.</summary>
    public const int Length = 160;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The first summary given that has any text.</summary>
    public static string? Of(params string?[] summaries)
    {
        foreach (var summary in summaries)
        {
            if (string.IsNullOrWhiteSpace(summary)) continue;
            var text = OneLine(Markdown.ToPlainText(summary, Pipeline));
            if (text.Length > 0) return Cut(text);
        }

        return null;
    }

    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
            }
            else
            {
                line.Append(c);
            }
        }

        return line.ToString().Trim();
    }

    /// <summary>Whole sentences where they fit, else whole words and an ellipsis.</summary>
    private static string Cut(string text)
    {
        if (text.Length <= Length) return text;
        var sentence = text.LastIndexOf(". ", Length - 1, StringComparison.Ordinal);
        if (sentence >= Length / 2) return text[..(sentence + 1)];
        var space = text.LastIndexOf(' ', Length - 2);
        return (space > 0 ? text[..space] : text[..(Length - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
