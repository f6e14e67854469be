using SiteGen.Diagnostics;
using SiteGen.Templating;
using SiteGen.Yaml;

namespace SiteGen.Theming;

/// <summary>
/// Reads a theme's <c>i18n/&lt;lang&gt;.yml</c>. Keys may be grouped (<c>nav:</c> then <c>overview: Overview</c>
/// is the key <c>nav.overview</c>); a group whose keys are plural categories (<c>one</c>, <c>other</c>, and for
/// Welsh <c>zero</c>, <c>two</c>, <c>few</c>, <c>many</c>) is one message about a count.
/// </summary>
public static class WordsReader
{
    private static readonly Dictionary<string, PluralCategory> Categories = new(StringComparer.Ordinal)
    {
        ["zero"] = PluralCategory.Zero,
        ["one"] = PluralCategory.One,
        ["two"] = PluralCategory.Two,
        ["few"] = PluralCategory.Few,
        ["many"] = PluralCategory.Many,
        ["other"] = PluralCategory.Other,
    };

    /// <summary>Adds the file's messages to <paramref name="messages"/>, replacing those of the same key.</summary>
    public static void Read(YNode? root, Dictionary<string, Message> messages, DiagnosticBag diagnostics)
    {
        if (root is null) return;
        if (root is not YMapping map)
        {
            diagnostics.Report(DiagnosticCatalog.WrongType, root.Location, "a words file", "a set of keys, each with its text", root.KindName);
            return;
        }

        Group(map, string.Empty, messages, diagnostics);
    }

    private static void Group(YMapping map, string prefix, Dictionary<string, Message> messages, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (seen.TryGetValue(entry.Key.Value, out var firstLine))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateKey, entry.Key.Location, entry.Key.Value, firstLine);
                continue;
            }

            seen[entry.Key.Value] = entry.Key.Location.Line;
            var key = prefix + entry.Key.Value;
            switch (entry.Value)
            {
                case YScalar text when !text.IsNull:
                    messages[key] = Message.Of(text.Value);
                    break;
                case YMapping forms when IsPluralForms(forms):
                    messages[key] = Message.Plural(forms.Entries.ToDictionary(e => Categories[e.Key.Value], e => ((YScalar)e.Value).Value));
                    break;
                case YMapping group:
                    Group(group, key + ".", messages, diagnostics);
                    break;
                default:
                    diagnostics.Report(DiagnosticCatalog.WordNotText, entry.Value.Location, key);
                    break;
            }
        }
    }

    private static bool IsPluralForms(YMapping map) =>
        map.Entries.Count > 0
        && map.Entries.All(e => Categories.ContainsKey(e.Key.Value) && e.Value is YScalar { IsNull: false })
        && map.Entries.Any(e => e.Key.Value == "other");
}
