using SiteGen.Diagnostics;

namespace SiteGen.Pipeline;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, string? OutputFolder)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
