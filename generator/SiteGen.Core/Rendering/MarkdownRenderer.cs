using System.Net;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>
/// Markdown to safe HTML. The pipeline is built once and shared (Markdig pipelines are immutable and
/// thread-safe); the per-plan work — glossary abbreviations, heading levels — is done on each parsed
/// document, so no pipeline is ever built per page.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Use<SafeLinksExtension>()
        .Build();

    /// <summary>
    /// Places the passage's headings directly below the page's own, whatever level the author started
    /// at: the heading levels used are ranked, and the highest becomes <paramref name="topLevel"/>
    /// (<c>h3</c> for narrative under a page's <c>h2</c>), so a page never skips a level.
    /// </summary>
    public static Html? ToHtml(string? markdown, Glossary? glossary = null, int topLevel = 3, string? tableCaption = null)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var document = Markdown.Parse(markdown, Pipeline);
        var headings = document.Descendants<HeadingBlock>().ToList();
        var rank = headings.Select(h => h.Level).Distinct().Order().Select((level, index) => (level, index)).ToDictionary(x => x.level, x => x.index);
        foreach (var heading in headings)
        {
            heading.Level = Math.Min(6, topLevel + rank[heading.Level]);
        }

        if (glossary is { Entries.Count: > 0 }) MarkAbbreviations(document, glossary);
        var captions = TableCaptions(document, tableCaption);
        var html = document.ToHtml(Pipeline).TrimEnd();
        return new Html(captions.Count == 0 ? html : AccessibleTables(html, captions));
    }

    /// <summary>Each pipe table is named by the nearest heading above it in the passage, else by the passage's own title.</summary>
    private static List<string?> TableCaptions(MarkdownDocument document, string? fallback)
    {
        var captions = new List<string?>();
        string? heading = null;
        foreach (var block in document.Descendants())
        {
            if (block is HeadingBlock h) heading = h.Inline is null ? null : string.Concat(h.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            else if (block is Markdig.Extensions.Tables.Table table)
            {
                // Every page passes its own title as the fallback; a table with neither gets no caption rather than an English word.
                captions.Add(heading ?? fallback);

                // Column alignment would be written as style attributes, which a strict Content-Security-Policy forbids.
                foreach (var column in table.ColumnDefinitions) column.Alignment = null;
            }
        }

        return captions;
    }

    /// <summary>
    /// Gives Markdig's pipe tables a caption and scoped header cells. Raw HTML is off, so every table in
    /// the output is one of these, in document order.
    /// </summary>
    private static string AccessibleTables(string html, IReadOnlyList<string?> captions)
    {
        var sb = new System.Text.StringBuilder(html.Length + 64 * captions.Count);
        var index = 0;
        var at = 0;
        while (true)
        {
            var next = html.IndexOf("<table>", at, StringComparison.Ordinal);
            if (next < 0 || index >= captions.Count) break;
            sb.Append(html, at, next - at).Append("<table>");
            if (captions[index++] is { } caption) sb.Append("\n<caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption>");
            at = next + "<table>".Length;
        }

        sb.Append(html, at, html.Length - at);
        return sb.ToString().Replace("<th>", "<th scope=\"col\">", StringComparison.Ordinal);
    }

    /// <summary>The first use of each term in a block of text becomes <c>&lt;abbr title="meaning"&gt;</c>, as style guides advise.</summary>
    private static void MarkAbbreviations(MarkdownDocument document, Glossary glossary)
    {
        var remaining = glossary.Entries.ToList();
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (remaining.Count == 0) return;
            if (literal.FindParentOfType<LinkInline>().Any()) continue;
            var current = literal;
            while (current is not null && remaining.Count > 0)
            {
                var text = current.Content.ToString();
                var (entry, at) = remaining
                    .Select(e => (Entry: e, At: Glossary.FindWord(text, e.Term)))
                    .Where(x => x.At >= 0)
                    .OrderBy(x => x.At)
                    .ThenByDescending(x => x.Entry.Term.Length)
                    .FirstOrDefault();
                if (entry is null) break;
                remaining.Remove(entry);

                var after = new LiteralInline(text[(at + entry.Term.Length)..]);
                current.Content = new Markdig.Helpers.StringSlice(text[..at]);
                var open = new HtmlInline($"<abbr title=\"{WebUtility.HtmlEncode(entry.Meaning)}\">");
                var term = new LiteralInline(entry.Term);
                var close = new HtmlInline("</abbr>");
                current.InsertAfter(open);
                open.InsertAfter(term);
                term.InsertAfter(close);
                close.InsertAfter(after);
                current = after;
            }
        }
    }
}
