using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every problem of a run so an officer sees them all at once instead of fixing one per
/// build. Safe to add to from parallel stages; read back in file, line, column order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] arguments) =>
        Add(Diagnostic.Create(descriptor, location, null, arguments));

    public void ReportWithSuggestion(DiagnosticDescriptor descriptor, SourceLocation location, string? suggestion, params object?[] arguments) =>
        Add(Diagnostic.Create(descriptor, location, suggestion, arguments));

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
