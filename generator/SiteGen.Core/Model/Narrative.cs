using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A narrative section of a plan, or a stand-alone page: a title and Markdown.</summary>
public sealed record NarrativeSection(string Id, string Title, string Markdown, SourceLocation Location)
{
    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }
}
