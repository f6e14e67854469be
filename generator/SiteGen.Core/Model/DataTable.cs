using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A table the plan prints that has no richer shape here (service activity, inspection counts …), kept cell for cell.</summary>
public sealed record DataTable(string Id, string Title, string? Section, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Notes, SourceLocation Location);
