using System.Collections.Frozen;
using SiteGen.Diagnostics;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

/// <summary>
/// The texts <c>sitegen new</c> writes for an officer to replace. They are valid content, so without a
/// check a plan could be published saying "What this objective aims to achieve". They live here, where
/// validation finds them, and the scaffold writes these same constants, so the two cannot drift apart.
/// </summary>
public static class Placeholders
{
    public const string PlanTitle = "New plan";
    public const string PlanVision = "What the plan sets out to achieve, in a sentence or two.";
    public const string ObjectiveTitle = "What this objective aims to achieve";
    public const string ActionDescription = "What will be done";
    public const string IndicatorTitle = "What the indicator measures";
    public const string RiskDescription = "What could go wrong, and what it would mean";

    private static readonly FrozenSet<string> All = new[] { PlanTitle, PlanVision, ObjectiveTitle, ActionDescription, IndicatorTitle, RiskDescription }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly int Shortest = All.Min(p => p.Length);
    private static readonly int Longest = All.Max(p => p.Length);

    public static bool IsPlaceholder(string value)
    {
        // Most values are ruled out by their length or first letter, without hashing them.
        if (value.Length < Shortest || value.Length > Longest + 2 || value[0] is not ('W' or 'N')) return false;
        return All.Contains(value.Trim());
    }

    /// <summary>Reports every placeholder left in the files' YAML (a Markdown file's header included).</summary>
    public static void Report(IEnumerable<ParsedFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files) Report(file.Root, diagnostics);
    }

    private static void Report(YNode? node, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YScalar s when IsPlaceholder(s.Value):
                diagnostics.Report(DiagnosticCatalog.PlaceholderLeft, s.Location, s.Value.Trim());
                break;
            case YSequence list:
                foreach (var item in list.Items.Each()) Report(item, diagnostics);
                break;
            case YMapping map:
                foreach (var entry in map.Entries.Each()) Report(entry.Value, diagnostics);
                break;
        }
    }
}
