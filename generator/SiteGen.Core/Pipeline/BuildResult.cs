using SiteGen.Diagnostics;
using SiteGen.Theming;

namespace SiteGen.Pipeline;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, string? OutputFolder)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Where the theme's templates came from: compiled with SiteGen, from the cache, or compiled by this build.</summary>
    public TemplateCompileCounts Templates { get; init; }
}
