using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A table the plan prints that has no richer shape here (service activity, inspection counts …), kept cell for cell.</summary>
public sealed record DataTable(string Id, string Title, string? Section, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Notes, SourceLocation Location)
{
    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }
}
