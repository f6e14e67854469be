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
    public static Html? ToHtml(string? markdown, Glossary? glossary = null, int topLevel = 3)
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
        return new Html(document.ToHtml(Pipeline).TrimEnd());
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
