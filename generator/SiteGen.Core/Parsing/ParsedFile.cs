using SiteGen.Discovery;
using SiteGen.Yaml;

namespace SiteGen.Parsing;

/// <summary>
/// A content file read once: its YAML (or Markdown header) as nodes, and for Markdown the body text.
/// <see cref="Root"/> is null when the file could not be read; its problems are already reported.
/// </summary>
public sealed record ParsedFile(ContentFile File, YNode? Root, string? MarkdownBody);
