using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

public sealed class SearchIndexTests : IClassFixture<SearchIndexTests.CrowdedIndex>
{
    private static readonly string Client = RepositoryRoot.Combine("themes", "default", "assets", "search.js");
    private readonly CrowdedIndex _crowded;

    public SearchIndexTests(CrowdedIndex crowded) => _crowded = crowded;

    /// <summary>Many documents full of words beginning "re": that shard must split, and client and engine must still agree. Built once for the class; the tests only read it.</summary>
    public sealed class CrowdedIndex : IDisposable
    {
        public CrowdedIndex() => (Folder, Files) = Write();

        public string Folder { get; }

        public IReadOnlyList<SearchIndexBuilder.IndexFile> Files { get; }

        public void Dispose() => Directory.Delete(Folder, true);
    }

    private static (string Folder, IReadOnlyList<SearchIndexBuilder.IndexFile> Files) Write()
    {
        var random = new Random(7);
        string[] words = ["review", "reviews", "referral", "referrals", "recruitment", "retention", "report", "reporting", "reduce", "reduction", "residential", "respite", "children", "care"];
        var documents = Enumerable.Range(0, 3000).Select(i => new SearchDocument(
            $"doc-{i}/", i % 2 == 0 ? "action" : "indicator", $"Title {i} {words[i % words.Length]}", i % 10 == 0 ? $"RE {i}" : null,
            string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)]).Append(new string(Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26))).ToArray()))),
            null, $"Council {i / 1000}", $"Plan {i / 250}", [], null)).ToList();
        var files = SearchIndexBuilder.Build(documents, SearchSettings.Default, url => "../" + url);
        var folder = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        foreach (var f in files)
        {
            var path = Path.Combine(folder, f.Path[(SearchIndexFormat.Folder.Length + 1)..]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, f.Content);
        }

        return (folder, files);
    }

    [Fact]
    public void A_crowded_shard_is_split_and_every_shard_stays_small()
    {
        var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_crowded.Folder, "manifest.json"))).RootElement;
        var keys = manifest.GetProperty("shards").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.Contains(keys, k => k.StartsWith("re", StringComparison.Ordinal) && k.Length > 2);
        var shards = _crowded.Files.Where(f => f.Path.Contains("/shards/", StringComparison.Ordinal)).ToList();
        Assert.Equal(keys.Count, shards.Count);
        Assert.All(shards, f => Assert.True(f.Content.Length < 4 * SearchIndexFormat.ShardSplitBytes, $"{f.Path} is {f.Content.Length} bytes"));
        Assert.Equal("rec", SearchIndexFormat.ShardFor("recruitment", keys.ToHashSet()));
    }

    [Theory]
    [InlineData("recruitment")]
    [InlineData("review referral")]
    [InlineData("recruitmnt")]
    [InlineData("RE 20")]
    [InlineData("care re")]
    public void Client_and_engine_agree_on_a_split_index(string query)
    {
        var folder = _crowded.Folder;
        var engine = new SearchEngine(p => File.Exists(Path.Combine(folder, p)) ? File.ReadAllBytes(Path.Combine(folder, p)) : null);
        var expected = engine.Search(query, limit: 20);
        Assert.NotEqual(0, expected.Total);
        var output = Node.Run(
            "const s = require(process.argv[2]); const fs = require('fs'); const path = require('path');" +
            "const engine = new s.Engine(p => Promise.resolve(JSON.parse(fs.readFileSync(path.join(process.argv[3], p), 'utf8'))));" +
            "engine.search(process.argv[4], {}, 20).then(r => process.stdout.write(JSON.stringify({ total: r.total, docs: r.hits.map(h => h.doc), scores: r.hits.map(h => h.score) })));",
            Client, folder, query);
        var js = JsonDocument.Parse(output).RootElement;
        Assert.Equal(expected.Total, js.GetProperty("total").GetInt32());
        Assert.Equal(expected.Hits.Select(h => h.Doc), js.GetProperty("docs").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(expected.Hits.Select(h => Math.Round(h.Score, 6)), js.GetProperty("scores").EnumerateArray().Select(e => Math.Round(e.GetDouble(), 6)));
    }

    [Fact]
    public async Task Search_can_be_switched_off_in_site_yml()
    {
        var files = MinimalSite.Files();
        files["site.yml"] = "title: Test\nsearch:\n  enabled: false\n";
        using var site = new TempSite(files);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(site.Path("_site/search")));
        Assert.DoesNotContain("role=\"search\"", File.ReadAllText(site.Path("_site/index.html")));
    }

    [Fact]
    public async Task Excluded_page_types_are_left_out_of_the_index()
    {
        // Without the exclusion the same site indexes risks and actions, so their absence below is the setting's doing.
        Assert.Superset(new HashSet<string?> { "risk", "action", "indicator" }, (await IndexedTypes("title: Test\n")).ToHashSet());

        var types = await IndexedTypes("title: Test\nsearch:\n  exclude: [risk, action]\n  weights: {title: 10}\n");
        Assert.DoesNotContain("risk", types);
        Assert.DoesNotContain("action", types);
        Assert.Contains("indicator", types);
    }

    private static async Task<List<string?>> IndexedTypes(string settings)
    {
        var files = MinimalSite.Files();
        files["site.yml"] = settings;
        using var site = new TempSite(files);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var manifest = JsonDocument.Parse(File.ReadAllBytes(site.Path("_site/search/manifest.json"))).RootElement;
        return manifest.GetProperty("types").EnumerateArray().Select(t => t.GetString()).ToList();
    }

    [Fact]
    public void An_unknown_page_type_to_exclude_is_reported_with_a_suggestion()
    {
        var files = MinimalSite.Files();
        files["site.yml"] = "title: Test\nsearch:\n  exclude: [risks]\n";
        using var site = new TempSite(files);
        var d = DiagnosticAssert.Single(site.Validate(), "SG0105", "site.yml", 3, 13);
        Assert.Contains("risk", d.Suggestion);
    }
}
