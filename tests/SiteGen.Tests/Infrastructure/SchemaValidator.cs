using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// Checks documents against JSON Schemas with JsonSchema.Net, in-process: a validator SiteGen did not write,
/// of the kind editors use. Each error is "<c>/json/pointer message</c>" ("<c>/</c>" for the whole document).
/// </summary>
/// <remarks>
/// Where a value may take several forms (<c>anyOf</c>: one value or a list, a figure or a split figure), a
/// validator reports why each form failed, and the real mistake drowns in them. Those are folded into one
/// error at the value, naming what each form wanted.
/// </remarks>
public static class SchemaValidator
{
    public sealed record Result(string Name, bool Valid, IReadOnlyList<string> Errors);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical };

    public static IReadOnlyList<Result> Validate(string schemasFolder, IEnumerable<(string Name, string Schema, JsonNode? Data)> documents)
    {
        var schemas = Schemas(schemasFolder);
        return documents.Select(d => schemas.TryGetValue(d.Schema, out var schema)
                ? Check(d.Name, schema, d.Data)
                : new Result(d.Name, false, [$"/ no schema {d.Schema}"]))
            .ToList();
    }

    /// <summary>Every schema in the folder, each built into a registry of its own so two folders never clash.</summary>
    public static IReadOnlyDictionary<string, JsonSchema> Schemas(string schemasFolder) =>
        Directory.GetFiles(schemasFolder, "*.schema.json").Order(StringComparer.Ordinal).ToDictionary(
            file => Path.GetFileName(file),
            file => JsonSchema.FromText(File.ReadAllText(file), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://sitegen.invalid/" + Guid.NewGuid().ToString("N") + "/" + Path.GetFileName(file))),
            StringComparer.Ordinal);

    private static Result Check(string name, JsonSchema schema, JsonNode? data)
    {
        var element = JsonSerializer.SerializeToElement(data);
        var results = schema.Evaluate(element, Options);
        return new Result(name, results.IsValid, results.IsValid ? [] : Readable(results));
    }

    private static IReadOnlyList<string> Readable(EvaluationResults results)
    {
        var errors = new List<string>();
        Collect(results, errors);
        return errors.Distinct().ToList();
    }

    /// <summary>
    /// The errors of a failed node and of its failed children. The branches of one <c>anyOf</c> are taken together:
    /// when one of them holds, none of the others' errors is a mistake; when none does, they become one error.
    /// </summary>
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid) return;
        foreach (var (_, message) in node.Errors ?? new Dictionary<string, string>()) errors.Add($"{Pointer(node.InstanceLocation.ToString())} {Plain(message)}");
        var children = node.Details ?? [];
        foreach (var child in children.Where(c => Branch(c) is null)) Collect(child, errors);
        foreach (var anyOf in children.Where(c => Branch(c) is not null).GroupBy(Branch))
        {
            if (anyOf.Any(b => b.IsValid)) continue;
            var wanted = new List<string>();
            foreach (var branch in anyOf) Collect(branch, wanted);
            var at = Pointer(anyOf.First().InstanceLocation.ToString());
            errors.Add($"{at} is none of the forms allowed here: " + string.Join("; or ", wanted.Select(w => w.StartsWith(at + " ", StringComparison.Ordinal) ? w[(at.Length + 1)..] : w).Distinct()));
        }
    }

    /// <summary>The anyOf a node is a branch of (its evaluation path up to <c>/anyOf</c>), or null when it is no branch.</summary>
    private static string? Branch(EvaluationResults node)
    {
        var path = node.EvaluationPath.ToString();
        var slash = path.LastIndexOf('/');
        return slash > 0 && path[..slash].EndsWith("/anyOf", StringComparison.Ordinal) ? path[..slash] : null;
    }

    /// <summary>A key that additionalProperties: false refuses is reported as a value failing the schema <c>false</c>; it is an unknown key.</summary>
    private static string Plain(string message) => message == "All values fail against the false schema" ? "is not a key allowed here" : message;

    private static string Pointer(string pointer) => pointer.Length == 0 ? "/" : pointer;
}
