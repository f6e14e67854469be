using SiteGen.Discovery;
using SiteGen.Yaml;

namespace SiteGen.Parsing;

/// <summary>
/// A content file read once: its YAML (or Markdown header) as nodes, and for Markdown the body text.
/// <see cref="Root"/> is null when the file could not be read; its problems are already reported.
/// </summary>
public sealed record ParsedFile(ContentFile File, YNode? Root, string? MarkdownBody)
{
    /// <summary>The line of the file on which <see cref="MarkdownBody"/> starts, so a message about the body points at the file's own line.</summary>
    public int MarkdownBodyLine { get; init; } = 1;
}
