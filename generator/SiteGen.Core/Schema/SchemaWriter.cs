using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Yaml;

namespace SiteGen.Schema;

/// <summary>
/// Writes a JSON Schema (draft-07, the draft editors' YAML support handles best) from a shape the binders
/// reported. Values are typed as an editor's YAML 1.2 reader types them — <c>2009</c> is a number, <c>55.2%</c>
/// text, <c>true</c> a boolean — and every value the binder accepts is allowed, since binders read any
/// single value as the text written. Unknown keys and words outside a closed list are refused where the
/// binder refuses them.
/// </summary>
public static class SchemaWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SchemaKind kind)
    {
        var shape = ShapeExplorer.Explore(kind.Bind);
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = kind.Title,
        };
        foreach (var (key, value) in ObjectSchema(shape, nullable: false, kind.Description)) schema[key] = value?.DeepClone();
        return schema.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject ObjectSchema(MappingShape shape, bool nullable, string description)
    {
        var properties = new JsonObject();
        foreach (var key in shape.Keys) properties[key] = Property(shape, key);
        var schema = new JsonObject
        {
            ["type"] = nullable ? Types("object", "null") : "object",
            ["description"] = description,
            ["properties"] = properties,
        };
        var required = shape.Keys.Where(shape.Required.Contains).ToList();
        if (required.Count > 0) schema["required"] = new JsonArray(required.Select(k => (JsonNode)k).ToArray());
        if (shape.Closed) schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject Property(MappingShape shape, string key)
    {
        var required = shape.Required.Contains(key);
        var meaning = SchemaDescriptions.Of(shape.What, key);
        var use = shape.Uses[key];
        shape.Children.TryGetValue(key, out var child);
        switch (use)
        {
            case KeyUse.Choice:
                var allowed = new JsonArray();
                foreach (var word in shape.Allowed[key]) foreach (var value in Yaml12Forms(word)) allowed.Add(value);
                if (!required) allowed.Add(null);
                return new JsonObject { ["description"] = meaning, ["enum"] = allowed };
            case KeyUse.ChoiceList:
                var words = new JsonObject { ["enum"] = new JsonArray(shape.Allowed[key].Select(w => (JsonNode)w).ToArray()) };
                return AnyOf(meaning + " One of the words listed, or a list of them.", words, new JsonObject { ["type"] = "array", ["items"] = words.DeepClone() }, new JsonObject { ["type"] = "null" });
            case KeyUse.Period:
                return Scalar(meaning + " Written as 2008/09, 2008 or Q4 2007/08.", required, "string", "number");
            case KeyUse.Date:
                var date = Scalar(meaning + " Written as 2009-06 or 2009-06-30.", required, "string");
                date["pattern"] = @"^\s*\d{4}-\d{2}(-\d{2})?\s*$";
                return date;
            case KeyUse.Figure:
                return AnyOf(meaning + " As printed: a number such as 55.2%, £2,059 or -328, or words such as N/A; or parts such as {girls: 61.4, boys: 49.6}, with the printed form when the plan prints one: {printed: G 61.4 B 49.6, girls: 61.4, boys: 49.6}.", AnyValue(!required), new JsonObject { ["type"] = "object", ["additionalProperties"] = AnyValue(true) });
            case KeyUse.Translated:
                return AnyOf(meaning + " One text in the site's default language, or the text in each language by its code, the default first: {en-GB: …, cy: …}.", AnyValue(!required), new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } });
            case KeyUse.TranslatedMarkdown:
                return AnyOf(meaning + " Markdown; a list of lines becomes a bulleted list. Or the Markdown in each language by its code, the default first: {en-GB: …, cy: …}.", AnyValue(!required), ListOfScalars(), new JsonObject { ["type"] = "object", ["additionalProperties"] = AnyOf("The Markdown in this language.", new JsonObject { ["type"] = "string" }, ListOfScalars()) });
            case KeyUse.TranslatedList:
                var translatedItem = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } };
                return AnyOf(meaning + " One text or a list of them; any of them may be given in each language by its code, the default first: {en-GB: …, cy: …}.", AnyValue(!required), new JsonObject { ["type"] = "array", ["items"] = AnyOf("A text, or the text in each language.", AnyValue(true), translatedItem) }, translatedItem.DeepClone().AsObject());
            case KeyUse.Markdown:
                return AnyOf(meaning + " Markdown; a list of lines becomes a bulleted list.", AnyValue(!required), ListOfScalars());
            case KeyUse.ScalarOrList:
                return AnyOf(meaning + " One value, or a list of them.", AnyValue(!required), ListOfScalars());
            case KeyUse.List:
                var items = child is null ? AnyValue(true) : ObjectSchema(child, nullable: true, SchemaDescriptions.OfMapping(child.What));
                if (child is not null && shape.ScalarItems.Contains(key)) items = AnyOf(SchemaDescriptions.OfMapping(child.What), AnyValue(false), items);
                return new JsonObject { ["type"] = required ? "array" : Types("array", "null"), ["description"] = meaning, ["items"] = items };
            case KeyUse.Node when child is not null:
                return ObjectSchema(child, nullable: !required, meaning);
            case KeyUse.Node:
                return new JsonObject { ["description"] = meaning };
            default:
                return Scalar(meaning, required, "string", "number", "boolean");
        }
    }

    private static JsonObject Scalar(string description, bool required, params string[] types)
    {
        var schema = ScalarTypes(!required, types);
        schema["description"] = description;
        return schema;
    }

    private static JsonObject ScalarTypes(bool nullable, params string[] types)
    {
        var all = (types.Length == 0 ? ["string", "number", "boolean"] : types).ToList();
        if (nullable) all.Add("null");
        return new JsonObject { ["type"] = Types([.. all]) };
    }

    private static JsonObject AnyValue(bool nullable) => ScalarTypes(nullable, []);

    private static JsonObject ListOfScalars() => new() { ["type"] = "array", ["items"] = AnyValue(true) };

    private static JsonObject AnyOf(string description, params JsonObject[] options) =>
        new() { ["description"] = description, ["anyOf"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()) };

    private static JsonArray Types(params string[] types) => new(types.Select(t => (JsonNode)t).ToArray());

    /// <summary>A word as written, and what an editor's YAML 1.2 reader makes of it when it is a boolean or a number.</summary>
    private static IEnumerable<JsonNode?> Yaml12Forms(string word)
    {
        yield return word;
        if (word is "true" or "True" or "TRUE") yield return true;
        if (word is "false" or "False" or "FALSE") yield return false;
        if (long.TryParse(word, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)) yield return n;
    }
}
