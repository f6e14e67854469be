using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record OutcomeFramework(string Id, string Name, string? Description, IReadOnlyList<Outcome> Outcomes, SourceLocation Location);

public sealed record Outcome(string Id, string Name, string? Description, SourceLocation Location);
