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

        var output = Node.Run(
            "const s = require(process.argv[2]); const fs = require('fs'); const path = require('path');" +
            "const engine = new s.Engine(p => Promise.resolve(JSON.parse(fs.readFileSync(path.join(process.argv[3], p), 'utf8'))));" +
            "const filters = {}; if (process.argv[5]) filters.council = process.argv[5]; if (process.argv[6]) filters.type = process.argv[6];" +
            "engine.search(process.argv[4], filters, 20).then(r => process.stdout.write(JSON.stringify({ total: r.total, docs: r.hits.map(h => h.doc), refs: r.hits.map(h => h.ref), scores: r.hits.map(h => h.score) })));",
            Client, folder, query, council ?? string.Empty, type ?? string.Empty);
        var js = JsonDocument.Parse(output).RootElement;

        Assert.Equal(expected.Total, js.GetProperty("total").GetInt32());
        Assert.Equal(expected.Hits.Select(h => h.Doc), js.GetProperty("docs").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(expected.Hits.Select(h => h.ReferenceMatch), js.GetProperty("refs").EnumerateArray().Select(e => e.GetBoolean()));
        Assert.Equal(expected.Hits.Select(h => Math.Round(h.Score, 6)), js.GetProperty("scores").EnumerateArray().Select(e => Math.Round(e.GetDouble(), 6)));
    }
}
