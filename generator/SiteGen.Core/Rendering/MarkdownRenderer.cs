using Markdig;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>Markdown to safe HTML. The pipeline is built once and shared: Markdig pipelines are immutable and thread-safe.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .Use<SafeLinksExtension>()
        .Build();

    public static Html? ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : new Html(Markdown.ToHtml(markdown, Pipeline).TrimEnd());
}
