using Markdig;
using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Binding;

/// <summary>
/// Markdown nested deeper than Markdig allows (quotes in quotes, lists in lists, emphasis in emphasis, 128
/// levels) makes Markdig refuse the text when the page is rendered. Checked here, while the content is
/// validated, so <c>validate</c> refuses what <c>build</c> could not render, at the text's own place.
/// </summary>
/// <remarks>
/// Real text is nowhere near the limit, and parsing all of it twice would cost every build: a cheap upper
/// bound on the nesting is worked out first, and only text that could come near the limit is parsed.
/// </remarks>
public static class MarkdownDepth
{
    /// <summary>Markdig's own limit (<see cref="MarkdownPipeline.MaximumNestingDepth"/>, 128 by default).</summary>
    public const int Limit = 128;

    /// <summary>Below this bound the text cannot reach the limit, whatever Markdig's own accounting adds.</summary>
    private const int Safe = Limit - 28;

    /// <summary>The same Markdown features the renderer turns on; links and HTML do not change how deep a text nests.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    /// <summary>
    /// Reports <paramref name="markdown"/> if it is nested too deeply to render. <paramref name="at"/> is where it
    /// starts; for a Markdown file's body, whose lines are the file's lines, <paramref name="lineByLine"/> has the
    /// message point at the deepest line instead.
    /// </summary>
    public static void Check(string? markdown, SourceLocation at, DiagnosticBag diagnostics, bool lineByLine = false)
    {
        if (markdown is null || Bound(markdown, out var deepestLine) < Safe) return;
        try
        {
            Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            diagnostics.Report(DiagnosticCatalog.MarkdownTooDeep, lineByLine ? at with { Line = at.Line + deepestLine, Column = 1 } : at, Limit);
        }
    }

    /// <summary>Checks a Markdown value as a binder read it: one text, or a list of texts (notes, bullets).</summary>
    public static void Check(YNode? node, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YScalar s:
                Check(s.Value, s.Location, diagnostics);
                break;
            case YSequence list:
                foreach (var item in list.Items.Each()) Check(item, diagnostics);
                break;
        }
    }

    /// <summary>
    /// At least as deep as the text can nest: for each paragraph, the longest run of container marks at the
    /// start of a line (indentation, <c>&gt;</c>, list markers: a nested list needs more indentation for each
    /// level) plus every emphasis and link mark in it. <paramref name="deepestLine"/> is the 0-based line of the
    /// paragraph's line with the most of these, where a message is most useful.
    /// </summary>
    private static int Bound(string text, out int deepestLine)
    {
        var bound = 0;
        deepestLine = 0;
        var paragraphPrefix = 0;
        var paragraphMarks = 0;
        var line = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            if (end < 0) end = text.Length;
            var span = text.AsSpan(lineStart, end - lineStart);
            if (span.Trim().IsEmpty)
            {
                paragraphPrefix = 0;
                paragraphMarks = 0;
            }
            else
            {
                var prefix = 0;
                while (prefix < span.Length && span[prefix] is ' ' or '\t' or '>' or '-' or '*' or '+' or '.' or ')' or (>= '0' and <= '9')) prefix++;
                var marks = 0;
                foreach (var c in span[prefix..])
                {
                    if (c is '*' or '_' or '~' or '^' or '=' or '+' or '[' or '>') marks++;
                }

                paragraphPrefix = Math.Max(paragraphPrefix, prefix);
                paragraphMarks += marks;
                if (paragraphPrefix + paragraphMarks > bound)
                {
                    bound = paragraphPrefix + paragraphMarks;
                    deepestLine = line;
                }
            }

            line++;
            lineStart = end + 1;
        }

        return bound;
    }
}
