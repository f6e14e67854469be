using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Yaml;
using Xunit;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// Turns a YAML file into the JSON an editor checks against the schema. Editors read YAML 1.2 with the core
/// schema, so an unquoted <c>2009</c> is a number, <c>true</c> a boolean and <c>55.2%</c> text, even though
/// SiteGen itself keeps every value as the text written; quoted and block values are always text.
/// </summary>
public static partial class YamlToJson
{
    public static JsonNode? Convert(string text, string file)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlNodeParser.Parse(text, file, diagnostics);
        Assert.False(diagnostics.HasErrors, $"{file} is not valid YAML");
        return Convert(node);
    }

    public static JsonNode? Convert(YNode? node) => node switch
    {
        null => null,
        YMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YSequence s => new JsonArray(s.Items.Select(Convert).ToArray()),
        YScalar s => Scalar(s),
        _ => throw new InvalidOperationException("unknown node"),
    };

    private static JsonNode? Scalar(YScalar s)
    {
        if (!s.IsPlain) return JsonValue.Create(s.Value);
        var v = s.Value;
        if (v is "" or "~" or "null" or "Null" or "NULL") return null;
        if (v is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (v is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Integer().IsMatch(v) || Float().IsMatch(v)) return JsonValue.Create(double.Parse(v, CultureInfo.InvariantCulture));
        if (v.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(v[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex)) return JsonValue.Create(hex);
        if (v.StartsWith("0o", StringComparison.Ordinal) && v.Length > 2 && v[2..].All(c => c is >= '0' and <= '7')) return JsonValue.Create(System.Convert.ToInt64(v[2..], 8));
        if (Special().IsMatch(v)) return JsonValue.Create(0.0); // .inf and .nan are numbers to an editor; JSON has no such value
        return JsonValue.Create(v);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$")]
    private static partial Regex Special();
}
