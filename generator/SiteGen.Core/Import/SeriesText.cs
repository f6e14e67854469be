using SiteGen.Binding;
using SiteGen.Model;
using SiteGen.Yaml;
using YamlDotNet.Core;

namespace SiteGen.Import;

/// <summary>
/// How the pieces of an indicator's series are found in, and written into, YAML text: the same styles
/// officers use (a flow mapping per period in a block list, or block mappings), so an added line looks
/// like its neighbours.
/// </summary>
public static class SeriesText
{
    public static YScalar? ScalarOf(YMapping map, string key) => map.Find(key)?.Value as YScalar;

    /// <summary>The period of a series entry. <see cref="PeriodReader"/> gives one label per period, so periods compare with ==.</summary>
    public static Period? PeriodOf(YMapping point) =>
        ScalarOf(point, "period") is { IsNull: false } s ? PeriodReader.TryRead(s.Value) : null;

    /// <summary>A figure written back in the style it had, quoted only where YAML would otherwise misread it.</summary>
    public static string Scalar(string value, ScalarStyle style, bool inFlow) => style switch
    {
        ScalarStyle.SingleQuoted => $"'{value.Replace("'", "''")}'",
        ScalarStyle.DoubleQuoted => DoubleQuoted(value),
        ScalarStyle.Plain or ScalarStyle.Any when !NeedsQuotes(value, inFlow) => value,
        _ => DoubleQuoted(value),
    };

    private static string DoubleQuoted(string value) => $"\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";

    private static bool NeedsQuotes(string value, bool inFlow)
    {
        if (value.Length == 0 || value != value.Trim()) return true;
        if ("?:,[]{}#&*!|>'\"%@`".Contains(value[0])) return true;
        if (value[0] == '-' && (value.Length == 1 || value[1] == ' ')) return true;
        if (value.Contains(": ") || value.Contains(" #")) return true;
        return inFlow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0;
    }

    /// <summary>Where a node's own text ends: a block collection's end mark lies on the next line, past any comments between.</summary>
    public static int LastTextEnd(YNode node) => node switch
    {
        YMapping { IsFlow: false, Entries.Count: > 0 } m => LastTextEnd(m.Entries[^1].Value),
        YSequence { IsFlow: false, Items.Count: > 0 } s => LastTextEnd(s.Items[^1]),
        _ => node.EndIndex,
    };

    /// <summary>The index just past the line break that ends the line holding <paramref name="index"/>.</summary>
    public static int AfterLine(string text, int index)
    {
        if (index > 0 && text[index - 1] == '\n') return index;
        var newline = text.IndexOf('\n', index);
        return newline < 0 ? text.Length : newline + 1;
    }

    public static int LineStart(string text, int index)
    {
        var newline = text.LastIndexOf('\n', Math.Max(0, index - 1));
        return newline + 1;
    }

    /// <summary>The column of the "- " that introduces a block list item.</summary>
    public static int DashIndent(string text, YNode item)
    {
        var i = item.StartIndex - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == '-' ? i - LineStart(text, i) : item.Location.Column - 1;
    }
}
