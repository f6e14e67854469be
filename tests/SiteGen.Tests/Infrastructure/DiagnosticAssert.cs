using SiteGen.Diagnostics;
using Xunit;

namespace SiteGen.Tests.Infrastructure;

public static class DiagnosticAssert
{
    /// <summary>Exactly one diagnostic was reported, with this code, at this file, line and column.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, string file, int line, int column)
    {
        var only = Assert.Single(diagnostics, d => true);
        Assert.True(
            only.Code == code && only.Location.File == file && only.Location.Line == line && only.Location.Column == column,
            $"Expected {file}:{line}:{column}: {code}, got: {only}");
        return only;
    }

    /// <summary>Exactly one error, with this code and place; warnings that follow from it are allowed.</summary>
    public static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics, string code, string file, int line, int column) =>
        Single(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList(), code, file, line, column);

    public static void None(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(diagnostics.Count == 0, "Expected no diagnostics, got:\n" + string.Join("\n", diagnostics));
}
