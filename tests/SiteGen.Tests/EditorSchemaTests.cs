using System.Text.Json.Nodes;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The committed schemas as an officer's editor uses them: the real yaml-language-server (the engine of
/// VS Code's YAML extension and others), driven over stdio, finds each file's schema from its first line,
/// offers the keys of a plan with their meanings, and underlines a misspelt key.
/// </summary>
public sealed class EditorSchemaTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private const string Indicators = "content/plans/herefordshire/directorate-plan-2009-2011/indicators/3-early-years.yml";
    private const string Plan = "content/plans/herefordshire/directorate-plan-2009-2011/plan.yml";

    private static string Uri(string relative) => new Uri(RepositoryRoot.Combine(relative.Split('/'))).AbsoluteUri;

    /// <summary>The settings an editor with the YAML extension gives: validation and completion on, no schema store (no network).</summary>
    private static JsonNode? Settings(JsonNode? section) => (string?)section switch
    {
        "yaml" => new JsonObject
        {
            ["validate"] = true,
            ["completion"] = true,
            ["hover"] = true,
            ["schemas"] = new JsonObject(),
            ["schemaStore"] = new JsonObject { ["enable"] = false },
        },
        _ => null,
    };

    private static async Task<LanguageServer> StartAsync()
    {
        var server = new LanguageServer("node", [EditorTools.Path("yaml-language-server/bin/yaml-language-server"), "--stdio"], Settings);
        await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(RepositoryRoot.Path + "/").AbsoluteUri,
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["documentationFormat"] = new JsonArray("plaintext") } },
                    ["publishDiagnostics"] = new JsonObject(),
                },
            },
        }, Wait);
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["yaml"] = Settings("yaml") } });
        return server;
    }

    private static Task OpenAsync(LanguageServer server, string relative, string text) =>
        server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(relative), ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });

    [Fact]
    public async Task A_misspelt_key_is_underlined_where_it_is_and_the_file_as_written_has_no_problem()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine(Indicators.Split('/')));
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("    period_kind:", StringComparison.Ordinal));
        lines.Insert(at, "    polarty: higher-is-better");

        await using var server = await StartAsync();
        await OpenAsync(server, Indicators, string.Join('\n', lines));
        var published = await server.NotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == Uri(Indicators) && n["params"]!["diagnostics"]!.AsArray().Count > 0, Wait);
        var diagnostics = published["params"]!["diagnostics"]!.AsArray();
        var misspelt = Assert.Single(diagnostics, d => (int)d!["range"]!["start"]!["line"]! == at);
        Assert.Contains("polarty", (string)misspelt!["message"]!);
        Assert.Equal(4, (int)misspelt["range"]!["start"]!["character"]!);
        Assert.True(diagnostics.Count == 1, "only the misspelt key is a problem: " + diagnostics.ToJsonString());
    }

    [Fact]
    public async Task The_keys_of_a_plan_are_offered_with_their_meanings()
    {
        var text = File.ReadAllLines(RepositoryRoot.Combine(Plan.Split('/')))[0] + "\ntitle: A plan\n\n";
        await using var server = await StartAsync();
        await OpenAsync(server, Plan, text);
        var completion = await server.RequestAsync("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(Plan) },
            ["position"] = new JsonObject { ["line"] = 2, ["character"] = 0 },
        }, Wait);
        var items = (completion is JsonArray array ? array : completion!["items"]!.AsArray()).Select(i => i!.AsObject()).ToList();
        var labels = items.Select(i => (string)i["label"]!).ToList();
        Assert.Contains("organisation", labels);
        Assert.Contains("period", labels);
        Assert.Contains("risk_scale", labels);
        Assert.DoesNotContain("title", labels);
        var organisation = items.Single(i => (string)i["label"]! == "organisation");
        var documentation = organisation["documentation"] is JsonObject markup ? (string?)markup["value"] : (string?)organisation["documentation"];
        Assert.Contains("The id (file name) of the organisation that publishes the plan.", documentation ?? string.Empty);
    }
}
