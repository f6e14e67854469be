using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// Checks documents against JSON Schemas with Ajv under Node: a validator SiteGen did not write, of the kind
/// editors use. Ajv is pinned in SchemaValidation/package.json; .ci/run installs it, and a local run installs
/// it on first use.
/// </summary>
public static class SchemaValidator
{
    public sealed record Result(string Name, bool Valid, IReadOnlyList<string> Errors);

    private static readonly string Folder = RepositoryRoot.Combine("tests", "SiteGen.Tests", "SchemaValidation");
    private static readonly Lazy<bool> Installed = new(Install);

    public static IReadOnlyList<Result> Validate(string schemasFolder, IEnumerable<(string Name, string Schema, JsonNode? Data)> documents)
    {
        Assert.True(Installed.Value);
        var input = new JsonArray(documents.Select(d => (JsonNode)new JsonObject { ["name"] = d.Name, ["schema"] = d.Schema, ["data"] = d.Data?.DeepClone() }).ToArray());
        var file = Path.Combine(Path.GetTempPath(), $"sitegen-docs-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, input.ToJsonString());
        try
        {
            var output = Node.Run(File.ReadAllText(Path.Combine(Folder, "validate.js")).Replace("require('ajv')", $"require({JsonSerializer.Serialize(Path.Combine(Folder, "node_modules", "ajv"))})"), schemasFolder, file);
            return JsonSerializer.Deserialize<List<Result>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static bool Install()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "ajv"))) return true;
        var start = new ProcessStartInfo("npm") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "ci", "--no-audit", "--no-fund" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), "npm ci did not finish within three minutes");
        Assert.True(process.ExitCode == 0, "npm ci failed in tests/SiteGen.Tests/SchemaValidation: " + error.Result);
        return true;
    }
}
