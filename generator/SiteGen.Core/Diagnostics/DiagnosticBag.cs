namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every problem of a run so an officer sees them all at once instead of fixing one per
/// build. Safe to add to from parallel stages; read back in file, line, column order.
/// </summary>
/// <remarks>
/// A bag is made for every content file read and every plan checked, and almost all stay empty, so the list is made
/// only when the first problem is added (a concurrent queue per bag was 10 MB of what validate allocated at 100 councils).
/// </remarks>
public sealed class DiagnosticBag
{
    private readonly Lock _adding = new();
    private List<Diagnostic>? _items;

    public void Add(Diagnostic diagnostic)
    {
        lock (_adding) (_items ??= []).Add(diagnostic);
    }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] arguments) =>
        Add(Diagnostic.Create(descriptor, location, null, arguments));

    public void ReportWithSuggestion(DiagnosticDescriptor descriptor, SourceLocation location, string? suggestion, params object?[] arguments) =>
        Add(Diagnostic.Create(descriptor, location, suggestion, arguments));

    public bool HasErrors
    {
        get
        {
            lock (_adding) return _items is not null && _items.Exists(d => d.Severity == DiagnosticSeverity.Error);
        }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        Diagnostic[] items;
        lock (_adding)
        {
            if (_items is null) return [];
            items = [.. _items];
        }

        return items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }
}
