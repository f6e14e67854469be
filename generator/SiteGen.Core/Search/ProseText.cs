using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Search;

/// <summary>
/// The prose of a passage as a reader reads it, for a result's snippet: the words of its paragraphs and list
/// items, with Markdown's marks, link addresses, headings and tables left out (a snippet quotes sentences,
/// not a table's cells or a heading run into the next line). Plain text is prose as it stands.
/// </summary>
public static class ProseText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    /// <summary>The prose of each passage, one after the other, separated by a space; empty when there is none.</summary>
    public static string Of(params string?[] passages)
    {
        var text = new StringBuilder();
        foreach (var passage in passages)
        {
            if (string.IsNullOrWhiteSpace(passage)) continue;
            foreach (var block in Markdown.Parse(passage, Pipeline).Descendants<LeafBlock>())
            {
                if (block is HeadingBlock || block.Inline is null || IsInTable(block)) continue;
                foreach (var inline in block.Inline.Descendants<Inline>())
                {
                    switch (inline)
                    {
                        case LiteralInline literal:
                            text.Append(literal.Content.AsSpan());
                            break;
                        case CodeInline code:
                            text.Append(code.Content);
                            break;
                        case LineBreakInline:
                            text.Append(' ');
                            break;
                        case HtmlEntityInline entity:
                            text.Append(entity.Transcoded.AsSpan());
                            break;
                    }
                }

                text.Append(' ');
            }
        }

        return text.ToString().Trim();
    }

    private static bool IsInTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Markdig.Extensions.Tables.Table) return true;
        }

        return false;
    }
}
