using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The JavaScript search client (themes/default/assets/search.js), run under Node, against the
/// generator's C#: the same words give the same stems and tokens, and the same queries over the same
/// built index give the same results in the same order.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class SearchClientParityTests
{
    private static readonly string Client = RepositoryRoot.Combine("themes", "default", "assets", "search.js");
    private readonly BuiltSample _sample;

    public SearchClientParityTests(BuiltSample sample) => _sample = sample;

    /// <summary>Every word of the sample content, Porter's examples, and awkward cases.</summary>
    private static List<string> WordList()
    {
        var text = string.Join("\n", Directory.GetFiles(RepositoryRoot.Combine("content"), "*.*", SearchOption.AllDirectories).Select(File.ReadAllText));
        return Tokenizer.Words(text)
            .Concat(["caresses", "ponies", "ties", "motoring", "hopping", "generalizations", "oscillators", "conditional", "feed", "agreed", "sky", "happy", "yes", "syzygy", "ab", "a1b2"])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void The_stemmer_gives_the_same_stem_for_every_word()
    {
        var words = WordList();
        Assert.True(words.Count > 2000, $"only {words.Count} words");
        var jsStems = JsonSerializer.Deserialize<List<string>>(RunClientOn(words, "words.map(s.stem)"))!;
        Assert.Equal(words.Count, jsStems.Count);
        var differences = words.Select((w, i) => (Word: w, Cs: PorterStemmer.Stem(w), Js: jsStems[i])).Where(x => x.Cs != x.Js).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20).Select(d => $"{d.Word}: C# {d.Cs}, JS {d.Js}")));
    }

    [Fact]
    public void The_tokeniser_gives_the_same_words_and_reference_keys()
    {
        var texts = Directory.GetFiles(RepositoryRoot.Combine("content"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Concat(["Ysgol Gymraeg Caerffili — ŵ, ŷ, ’s; CAFÉ naïve façade", "NI 59 / SCC/004 · PAF C63 · HC A03", "ﬁnance ² £1,200 −5%"])
            .ToList();
        var js = JsonSerializer.Deserialize<List<JsonElement>>(RunClientOn(texts, "texts.map(t => [s.words(t), s.referenceKey(t)])"))!;
        Assert.Equal(texts.Count, js.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(Tokenizer.Words(texts[i]), js[i][0].EnumerateArray().Select(e => e.GetString()!).ToList());
            Assert.Equal(Tokenizer.ReferenceKey(texts[i]), js[i][1].GetString());
        }
    }

    /// <summary>Queries, their filters, and whether the sample has anything for them: agreeing on no results proves little, so only the stop words may find nothing.</summary>
    /// <summary>
    /// Loads the client as <c>s</c> under Node with <paramref name="input"/> (serialised to a temporary JSON
    /// file) as both <c>words</c> and <c>texts</c>, and returns <paramref name="expression"/> as JSON.
    /// </summary>
    private static string RunClientOn(List<string> input, string expression)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sitegen-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(input));
        try
        {
            return Node.Run(
                "const s = require(process.argv[2]); const fs = require('fs');" +
                "const words = JSON.parse(fs.readFileSync(process.argv[3], 'utf8')); const texts = words;" +
                $"process.stdout.write(JSON.stringify({expression}));",
                Client, file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static TheoryData<string, string?, string?, bool> Queries => new()
    {
        { "initial assessments", null, null, true },
        { "NI 59", null, null, true },
        { "ni59", null, null, true },
        { "PAF A1", null, null, true },
        { "adopton", null, null, true },
        { "adopton children", null, null, true },
        { "safeguard", null, null, true },
        { "foster carers recruitment", null, null, true },
        { "children", "Rochdale Metropolitan Borough Council", "indicator", true },
        { "looked after children", null, "action", true },
        { "budget", null, null, true },
        { "assess", null, null, true },
        { "the of and", null, null, false },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_client_ranks_every_query_as_the_generator_does(string query, string? council, string? type, bool finds)
    {
        var folder = Path.Combine(_sample.Output, "search");
        var engine = new SearchEngine(p => File.Exists(Path.Combine(folder, p)) ? File.ReadAllBytes(Path.Combine(folder, p)) : null);
        var expected = engine.Search(query, new SearchEngine.Filters(Council: council, Type: type), limit: 20);
        Assert.Equal(finds, expected.Hits.Count > 0);

        var js = RunSearch(folder, query, council, type, limit: 20, offset: 0);
        Assert.Equal(expected.Total, js.GetProperty("total").GetInt32());
        Assert.Equal(expected.Hits.Select(h => h.Doc), js.GetProperty("docs").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(expected.Hits.Select(h => h.ReferenceMatch), js.GetProperty("refs").EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal(expected.Hits.Select(h => Math.Round(h.Score, 6)), js.GetProperty("scores").EnumerateArray().Select(e => Math.Round(e.GetDouble(), 6)));
        Assert.Equal(expected.Stems.Order(StringComparer.Ordinal), js.GetProperty("stems").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));

        // Each result's snippet: the same words quoted and the same words marked.
        var snippets = js.GetProperty("snippets").EnumerateArray().ToList();
        for (var i = 0; i < expected.Hits.Count; i++)
        {
            if (!expected.Hits[i].Metadata.TryGetProperty("e", out var excerpt))
            {
                Assert.Equal(JsonValueKind.Null, snippets[i].ValueKind);
                continue;
            }

            var snippet = Snippet.Of(excerpt.GetString()!, expected.Stems);
            Assert.Equal(snippet.Start, snippets[i].GetProperty("start").GetInt32());
            Assert.Equal(snippet.End, snippets[i].GetProperty("end").GetInt32());
            Assert.Equal(snippet.More, snippets[i].GetProperty("more").GetBoolean());
            Assert.Equal(snippet.Marked, snippets[i].GetProperty("marked").EnumerateArray().Select(e => e.GetBoolean()));
        }
    }

    /// <summary>Results a batch at a time ("Show more"): a later batch is the same documents in the same order.</summary>
    [Theory]
    [InlineData("children", 0, 7)]
    [InlineData("children", 7, 7)]
    [InlineData("children", 20, 20)]
    [InlineData("looked after children", 15, 10)]
    public void A_later_batch_of_results_is_the_same_in_the_client(string query, int offset, int limit)
    {
        var folder = Path.Combine(_sample.Output, "search");
        var engine = new SearchEngine(p => File.Exists(Path.Combine(folder, p)) ? File.ReadAllBytes(Path.Combine(folder, p)) : null);
        var all = engine.Search(query, limit: 1000);
        var batch = engine.Search(query, limit: limit, offset: offset);
        Assert.True(all.Total > offset + limit, $"only {all.Total} results for {query}");
        Assert.Equal(all.Hits.Skip(offset).Take(limit).Select(h => h.Doc), batch.Hits.Select(h => h.Doc));

        var js = RunSearch(folder, query, null, null, limit, offset);
        Assert.Equal(all.Total, js.GetProperty("total").GetInt32());
        Assert.Equal(batch.Hits.Select(h => h.Doc), js.GetProperty("docs").EnumerateArray().Select(e => e.GetInt32()));
    }

    /// <summary>The snippet rule on made-up prose: the window with the most matched words, a sentence start preferred, a cut word left out.</summary>
    [Theory]
    [InlineData("short prose about adoption.", "adopt", 0, 4, false)]
    [InlineData("w0 w1 w2 w3 w4 w5 w6 w7. w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 adoption w36 w37 w38 w39", "adopt", 8, 38, true)]
    [InlineData("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35", "nomatch", 0, 30, true)]
    public void The_snippet_rule_is_the_same_in_the_client(string prose, string stem, int start, int end, bool more)
    {
        var snippet = Snippet.Of(prose, [stem]);
        Assert.Equal((start, end, more), (snippet.Start, snippet.End, snippet.More));
        var js = JsonDocument.Parse(Node.Run(
            "const s = require(process.argv[2]); const r = s.snippet(process.argv[3], [process.argv[4]]);" +
            "process.stdout.write(JSON.stringify({ start: r.start, end: r.end, more: r.more, marked: r.marked }));",
            Client, prose, stem)).RootElement;
        Assert.Equal((start, end, more), (js.GetProperty("start").GetInt32(), js.GetProperty("end").GetInt32(), js.GetProperty("more").GetBoolean()));
        Assert.Equal(snippet.Marked, js.GetProperty("marked").EnumerateArray().Select(e => e.GetBoolean()));
    }

    /// <summary>Runs a query through the client under Node: the documents, scores, stems and each result's snippet.</summary>
    private static JsonElement RunSearch(string folder, string query, string? council, string? type, int limit, int offset) =>
        JsonDocument.Parse(Node.Run(
            "const s = require(process.argv[2]); const fs = require('fs'); const path = require('path');" +
            "const engine = new s.Engine(p => Promise.resolve(JSON.parse(fs.readFileSync(path.join(process.argv[3], p), 'utf8'))));" +
            "const filters = {}; if (process.argv[5]) filters.council = process.argv[5]; if (process.argv[6]) filters.type = process.argv[6];" +
            "engine.search(process.argv[4], filters, +process.argv[7], +process.argv[8]).then(r => process.stdout.write(JSON.stringify({ total: r.total, docs: r.hits.map(h => h.doc), refs: r.hits.map(h => h.ref), scores: r.hits.map(h => h.score)," +
            " stems: r.stems || [], snippets: r.hits.map(h => h.meta.e ? s.snippet(h.meta.e, r.stems) : null) })));",
            Client, folder, query, council ?? string.Empty, type ?? string.Empty, limit.ToString(System.Globalization.CultureInfo.InvariantCulture), offset.ToString(System.Globalization.CultureInfo.InvariantCulture))).RootElement;
}
