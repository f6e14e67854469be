using SiteGen.Diagnostics;

namespace SiteGen.Binding;

public static class Uniqueness
{
    /// <summary>Reports every item whose key was already used, pointing at the second and naming the first.</summary>
    public static void Check<T>(IEnumerable<T> items, Func<T, string?> key, Func<T, SourceLocation> location, string what, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (k is null) continue;
            if (seen.TryGetValue(k, out var first))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateReference, location(item), Capitalise(what), k, first);
            }
            else
            {
                seen[k] = location(item);
            }
        }
    }

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
