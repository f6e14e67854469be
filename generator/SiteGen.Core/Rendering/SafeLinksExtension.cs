using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Rendering;

/// <summary>
/// Turns links and images whose address is not http(s), mailto, tel or relative into their plain text,
/// so a <c>javascript:</c> or <c>data:</c> link in content never becomes live markup.
/// </summary>
public sealed class SafeLinksExtension : IMarkdownExtension
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Sanitise;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so do the same before judging.
        var folded = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        var colon = folded.IndexOf(':');
        if (colon < 0) return true;
        var firstSeparator = folded.IndexOfAny(['/', '?', '#']);
        if (firstSeparator >= 0 && firstSeparator < colon) return true;
        return SafeSchemes.Any(s => folded.StartsWith(s, StringComparison.Ordinal));
    }

    private static void Sanitise(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                link.ReplaceBy(new LiteralInline(TextOf(link)), copyChildren: false);
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                link.ReplaceBy(new LiteralInline(link.Url), copyChildren: false);
            }
        }
    }

    private static string TextOf(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
