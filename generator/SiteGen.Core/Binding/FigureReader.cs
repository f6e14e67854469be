using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Yaml;

namespace SiteGen.Binding;

/// <summary>
/// Reads a figure as printed, with the number it holds where its text is one (<see cref="PrintedNumber"/>):
/// "New indicator" or "+5% over CC average" stay text only, and so does a mistyped one such as <c>1,2345</c>.
/// </summary>
public static class FigureReader
{
    /// <summary>The key of a split figure that holds its printed form rather than a part: <c>{printed: "G 61.4 B 49.6", girls: 61.4, boys: 49.6}</c>.</summary>
    public const string PrintedKey = "printed";

    public static Figure FromText(string text)
    {
        var trimmed = text.Trim();
        return new Figure(trimmed, PrintedNumber.TryRead(trimmed), []);
    }

    public static Figure? Read(YNode? node, string key, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar s when s.IsNull:
                return null;
            case YScalar s:
                return FromText(s.Value);
            case YMapping m:
            {
                var parts = new List<FigurePart>();
                string? printed = null;
                foreach (var entry in m.Entries.Each())
                {
                    if (entry.Key.Value.Trim() == PrintedKey)
                    {
                        // The figure as the plan prints it ("G 61.4 B 49.6"): shown, with the parts saying what it means.
                        if (entry.Value is YScalar p && !p.IsNull && p.Value.Trim().Length > 0) printed = p.Value.Trim();
                        else diagnostics.Report(DiagnosticCatalog.WrongType, entry.Value.Location, $"'{PrintedKey}' of '{key}'", "the figure as the plan prints it, e.g. \"G 61.4 B 49.6\"", entry.Value.KindName);
                    }
                    else if (entry.Value is YScalar v && !v.IsNull)
                    {
                        parts.Add(new FigurePart(entry.Key.Value.Trim(), FromText(v.Value)));
                    }
                    else if (entry.Value is not YScalar)
                    {
                        diagnostics.Report(DiagnosticCatalog.WrongType, entry.Value.Location, $"The part '{entry.Key.Value}' of '{key}'", "a single value", entry.Value.KindName);
                    }
                }

                var text = printed ?? string.Join("; ", parts.Select(p => $"{p.Name} {p.Value.Text}"));
                return new Figure(text, null, parts) { Printed = printed };
            }
            default:
                diagnostics.Report(DiagnosticCatalog.WrongType, node.Location, $"'{key}'", "a value as printed, or parts such as {girls: 61.4, boys: 49.6}", node.KindName);
                return null;
        }
    }
}
