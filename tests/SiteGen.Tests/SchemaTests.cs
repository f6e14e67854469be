using System.Text.Json.Nodes;
using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Schema;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The editor schemas: learnt from the binders, committed in schemas/, named on the first line of every
/// content file, accepting every sample file and refusing broken copies, as an independent validator (JsonSchema.Net) sees it.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string Schemas = RepositoryRoot.Combine("schemas");

    /// <summary>Every YAML file of the sample site with its schema: site.yml and each content file that has one.</summary>
    private static IReadOnlyList<(string Path, SchemaKind Kind)> SampleFiles()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(RepositoryRoot.Combine("site.yml"), null, diagnostics)!;
        var files = ContentDiscoverer.Discover(settings, diagnostics)
            .Select(f => (f.FullPath, Kind: SchemaKinds.For(f.Kind)))
            .Where(f => f.Kind is not null)
            .Select(f => (f.FullPath, f.Kind!))
            .ToList();
        return [(settings.SettingsFile, SchemaKinds.All.Single(k => k.Name == "site")), .. files];
    }

    private static JsonNode Sample(string relative) => YamlToJson.Convert(File.ReadAllText(RepositoryRoot.Combine(relative)), relative)!;

    [Fact]
    public void The_committed_schemas_are_the_ones_the_binders_give()
    {
        var generated = SchemaExport.Generate();
        Assert.Equal(generated.Select(g => g.Kind.FileName).Order(StringComparer.Ordinal), Directory.GetFiles(Schemas).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (kind, json) in generated)
        {
            Assert.True(json == File.ReadAllText(Path.Combine(Schemas, kind.FileName)), $"schemas/{kind.FileName} is out of date: run `sitegen schema` and commit the result");
        }
    }

    [Fact]
    public void Every_sample_file_names_its_schema_on_its_first_line()
    {
        var files = SampleFiles();
        Assert.True(files.Count > 150, $"only {files.Count} sample files found");
        foreach (var (path, kind) in files)
        {
            var first = File.ReadLines(path).First();
            Assert.Equal(SchemaExport.EditorLine(kind, Path.GetDirectoryName(path)!, Schemas), first);
        }
    }

    /// <summary>A schema that is not draft-07, or has a keyword editors would silently ignore, is caught here.</summary>
    [Fact]
    public void Every_committed_schema_is_draft_07_with_no_keyword_an_editor_would_ignore()
    {
        var files = Directory.GetFiles(Schemas, "*.schema.json");
        Assert.Equal(13, files.Length);
        foreach (var file in files)
        {
            var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            Assert.Equal("http://json-schema.org/draft-07/schema#", json.GetProperty("$schema").GetString());
            var results = Json.Schema.MetaSchemas.Draft7.Evaluate(json);
            Assert.True(results.IsValid, Path.GetFileName(file) + " is not a valid draft-07 schema");
            var unknown = new List<string>();
            Keywords(json, "#", unknown);
            Assert.True(unknown.Count == 0, Path.GetFileName(file) + ": " + string.Join(", ", unknown));
        }
    }

    private static readonly HashSet<string> Draft07Keywords =
    [
        "$schema", "$comment", "title", "description", "type", "enum", "const", "default", "examples", "properties", "required",
        "additionalProperties", "patternProperties", "propertyNames", "items", "minItems", "maxItems", "uniqueItems", "anyOf", "oneOf",
        "allOf", "not", "pattern", "format", "minLength", "maxLength", "minimum", "maximum",
    ];

    private static void Keywords(System.Text.Json.JsonElement schema, string at, List<string> unknown)
    {
        if (schema.ValueKind != System.Text.Json.JsonValueKind.Object) return;
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Draft07Keywords.Contains(keyword.Name)) unknown.Add($"{at}/{keyword.Name}");
            switch (keyword.Name)
            {
                case "properties" or "patternProperties":
                    foreach (var property in keyword.Value.EnumerateObject()) Keywords(property.Value, $"{at}/{keyword.Name}/{property.Name}", unknown);
                    break;
                case "anyOf" or "oneOf" or "allOf":
                    var i = 0;
                    foreach (var branch in keyword.Value.EnumerateArray()) Keywords(branch, $"{at}/{keyword.Name}/{i++}", unknown);
                    break;
                case "items" or "additionalProperties" or "not" or "propertyNames":
                    Keywords(keyword.Value, $"{at}/{keyword.Name}", unknown);
                    break;
            }
        }
    }

    [Fact]
    public void A_value_of_none_of_its_forms_is_one_readable_error()
    {
        var file = "content/plans/herefordshire/directorate-plan-2009-2011/indicators/3-early-years.yml";
        var data = Sample(file);
        data["indicators"]![0]!["values"]![0]!["actual"] = new JsonArray(1, 2);
        var result = Assert.Single(SchemaValidator.Validate(Schemas, [("broken", "indicators.schema.json", data)]));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("/indicators/0/values/0/actual is none of the forms allowed here: ", error);
    }

    [Fact]
    public void Every_sample_file_is_valid_against_its_schema()
    {
        var documents = SampleFiles().Select(f => (Path.GetRelativePath(RepositoryRoot.Path, f.Path), f.Kind.FileName, YamlToJson.Convert(File.ReadAllText(f.Path), f.Path))).ToList();
        var results = SchemaValidator.Validate(Schemas, documents);
        Assert.Equal(documents.Count, results.Count);
        var failures = results.Where(r => !r.Valid).Select(r => r.Name + ": " + string.Join("; ", r.Errors.Take(5))).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    public static TheoryData<string, string, string> BrokenCopies() => new()
    {
        // what is broken, the file, and the JSON Pointer of the value the validator must name
        { "unknown key in an indicator", "content/plans/herefordshire/directorate-plan-2009-2011/indicators/3-early-years.yml", "/indicators/0/polarty" },
        { "polarity: sideways", "content/plans/herefordshire/directorate-plan-2009-2011/indicators/3-early-years.yml", "/indicators/0/polarity" },
        { "plan without a title", "content/plans/herefordshire/directorate-plan-2009-2011/plan.yml", "/" },
        { "plan status: finished", "content/plans/herefordshire/directorate-plan-2009-2011/plan.yml", "/status" },
        { "unknown key in site.yml", "site.yml", "/colour" },
        { "nation: Scotland", "content/organisations/herefordshire.yml", "/nation" },
        { "action without a description", "content/plans/herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding.yml", "/actions/0" },
        { "a date that is not a date", "content/plans/herefordshire/directorate-plan-2009-2011/plan.yml", "/published" },
        { "a list where one value belongs", "content/plans/herefordshire/directorate-plan-2009-2011/plan.yml", "/title" },
        { "search leaves out a page type that does not exist", "site.yml", "/search/exclude" },
        { "a progress table of risks", "content/plans/hartlepool/departmental-plan-2008-2011/progress/q4-2007-08.yml", "/tables/0/of" },
    };

    [Theory]
    [MemberData(nameof(BrokenCopies))]
    public void A_broken_copy_is_refused_where_it_is_broken(string broken, string file, string where)
    {
        var data = Sample(file);
        Break(broken, data);
        var schema = file == "site.yml" ? "site.schema.json" : SchemaKinds.All.Single(k => k.Name == KindOf(file)).FileName;
        var results = SchemaValidator.Validate(Schemas, [("original", schema, Sample(file)), ("broken", schema, data)]);
        Assert.True(Assert.Single(results, r => r.Name == "original").Valid, file + " itself was refused");
        var result = Assert.Single(results, r => r.Name == "broken");
        Assert.False(result.Valid, broken + " was accepted");
        Assert.Contains(result.Errors, e => e.StartsWith(where + " ", StringComparison.Ordinal));

        // The schema refuses only what SiteGen refuses: JSON is YAML, so the same copies go through the
        // real loader; the unbroken copy must pass and the broken one fail.
        using var site = TempSite.CopyOfSample();
        site.Write(file, Sample(file).ToJsonString());
        Assert.DoesNotContain(site.Validate(), d => d.Severity == DiagnosticSeverity.Error);
        site.Write(file, data.ToJsonString());
        Assert.Contains(site.Validate(), d => d.Severity == DiagnosticSeverity.Error);
    }

    private static void Break(string broken, JsonNode data)
    {
        switch (broken)
        {
            case "unknown key in an indicator": data["indicators"]![0]!["polarty"] = "higher-is-better"; break;
            case "polarity: sideways": data["indicators"]![0]!["polarity"] = "sideways"; break;
            case "plan without a title": data.AsObject().Remove("title"); break;
            case "plan status: finished": data["status"] = "finished"; break;
            case "unknown key in site.yml": data["colour"] = "blue"; break;
            case "nation: Scotland": data["nation"] = "Scotland"; break;
            case "action without a description": data["actions"]![0]!.AsObject().Remove("description"); break;
            case "a date that is not a date": data["published"] = "March 2009"; break;
            case "a list where one value belongs": data["title"] = new JsonArray("a", "b"); break;
            case "search leaves out a page type that does not exist": data["search"] = new JsonObject { ["exclude"] = new JsonArray("pages") }; break;
            case "a progress table of risks": data["tables"]![0]!["of"] = "risks"; break;
            default: throw new ArgumentException(broken);
        }
    }

    private static string KindOf(string file) =>
        file.Contains("/indicators/", StringComparison.Ordinal) ? "indicators"
        : file.Contains("/objectives/", StringComparison.Ordinal) ? "objective"
        : file.EndsWith("plan.yml", StringComparison.Ordinal) ? "plan"
        : file.Contains("/organisations/", StringComparison.Ordinal) ? "organisation"
        : file.Contains("/progress/", StringComparison.Ordinal) ? "progress"
        : throw new ArgumentException(file);

    /// <summary>The closed lists come from the binders' vocabulary, not from words typed again for the schema.</summary>
    [Fact]
    public void Allowed_values_are_the_binders_vocabulary()
    {
        var indicators = JsonNode.Parse(SchemaExport.Generate().Single(g => g.Kind.Name == "indicators").Json)!;
        var item = indicators["properties"]!["indicators"]!["items"]!["properties"]!;
        Assert.Equal([.. Vocabulary.Polarities.Keys, null], item["polarity"]!["enum"]!.AsArray().Select(v => v?.GetValue<string>()));
        Assert.Equal([.. Vocabulary.Units.Keys, null], item["unit"]!["enum"]!.AsArray().Select(v => v?.GetValue<string>()));
        Assert.False(item.Parent!["additionalProperties"]!.GetValue<bool>());
    }

    /// <summary>A key a binder reads is in the schema without anyone adding it there: the probe finds it.</summary>
    [Fact]
    public void Keys_come_from_what_the_binders_read()
    {
        var plan = JsonNode.Parse(SchemaExport.Generate().Single(g => g.Kind.Name == "plan").Json)!;
        var keys = plan["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["title", "subtitle", "organisation", "kind", "period", "status"], keys.Take(6));
        Assert.Equal(["title", "organisation", "kind", "period", "status"], plan["required"]!.AsArray().Select(v => v!.GetValue<string>()));
        // Nested all the way down: plan → risk_scale → likelihood → levels → {value, label}, where a level may also be one value.
        var levels = plan["properties"]!["risk_scale"]!["properties"]!["likelihood"]!["properties"]!["levels"]!["items"]!;
        Assert.Equal(2, levels["anyOf"]!.AsArray().Count);
    }

    [Fact]
    public async Task Files_started_by_sitegen_new_name_their_schema_and_are_valid_against_it()
    {
        using var site = new TempSite(MinimalSite.Files());
        var started = await MinimalSite.StartOneFileOfEachKind(site);
        foreach (var (file, schema) in started)
        {
            var depth = file.Count(c => c == '/');
            Assert.Equal("# yaml-language-server: $schema=" + string.Concat(Enumerable.Repeat("../", depth)) + "schemas/" + schema, File.ReadLines(site.Path(file)).First());
        }

        var results = SchemaValidator.Validate(Schemas, started.Select(s => (s.File, s.Schema, YamlToJson.Convert(File.ReadAllText(site.Path(s.File)), s.File))));
        Assert.Equal(started.Length, results.Count);
        Assert.All(results, r => Assert.True(r.Valid, r.Name + ": " + string.Join("; ", r.Errors)));
    }

    [Fact]
    public void Every_description_bound_to_a_place_is_used()
    {
        SchemaExport.Generate();
        Assert.Empty(SchemaDescriptions.Unused());
    }

    [Fact]
    public async Task Sitegen_schema_writes_every_schema_into_the_folder_given()
    {
        using var site = TempSite.CopyOfSample();
        var output = site.Path("out-schemas");
        var (exit, stdout, stderr) = await CliRunner.Run("schema", "--config", site.SettingsPath, "--output", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("Wrote 13 schemas", stdout);
        var schemas = Directory.GetFiles(Schemas);
        Assert.Equal(13, schemas.Length);
        Assert.Equal(13, Directory.GetFiles(output).Length);
        foreach (var file in schemas) Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(output, Path.GetFileName(file))));
    }
}
