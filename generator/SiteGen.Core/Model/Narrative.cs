using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A narrative section of a plan, or a stand-alone page: a title and Markdown.</summary>
public sealed record NarrativeSection(string Id, string Title, string Markdown, SourceLocation Location);
