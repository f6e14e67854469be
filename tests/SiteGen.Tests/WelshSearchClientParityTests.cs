using System.Globalization;
using System.Text.Json;
using SiteGen.Search;
using SiteGen.Templating;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The search client (themes/default/assets/search.js) under Node against the generator's C#, for Welsh: the
/// same words, the same forms of each word, and over the same Welsh index the same results, scores and
/// quotations for queries typed in any mutation; and the same plural form for the count it announces.
/// </summary>
public sealed class WelshSearchClientParityTests : IClassFixture<WelshIndex>
{
    private static readonly string Client = RepositoryRoot.Combine("themes", "default", "assets", "search.js");
    private readonly WelshIndex _index;

    public WelshSearchClientParityTests(WelshIndex index) => _index = index;

    /// <summary>Every word of the Welsh documents, and words that test each rule and digraph.</summary>
    private static List<string> WordList() =>
        WelshIndex.Documents.SelectMany(d => Tokenizer.Words(d.Title + " " + d.Body, SearchLanguage.Welsh))
            .Concat(["plant", "blant", "mhlant", "phlant", "cyngor", "gyngor", "nghyngor", "chyngor", "ngardd", "ardd", "ddinas", "ninas", "fam", "mam",
                "llan", "lan", "rhiant", "riant", "chwarae", "ffordd", "thai", "nhad", "ng", "ngh", "a1", "59", "w", "wyr", "ysgol"])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_client_gives_every_word_the_same_forms()
    {
        var words = WordList();
        var js = JsonSerializer.Deserialize<List<List<string>>>(Run("process.stdout.write(JSON.stringify(input.map(w => s.welshForms(w))))", words))!;
        Assert.Equal(words.Count, js.Count);
        for (var i = 0; i < words.Count; i++) Assert.Equal(WelshMutations.Forms(words[i]), js[i]);
    }

    [Fact]
    public void The_client_reads_Welsh_text_into_the_same_words()
    {
        var texts = WelshIndex.Documents.Select(d => d.Title + "\n" + d.Body).Concat(["Dŵr, TŶ, ŵyr, gwên, lân, â'i gyngor — NI 59; i'r ysgol"]).ToList();
        var js = JsonSerializer.Deserialize<List<List<string>>>(Run("process.stdout.write(JSON.stringify(input.map(t => s.words(t, s.language('cy')))))", texts))!;
        for (var i = 0; i < texts.Count; i++) Assert.Equal(Tokenizer.Words(texts[i], SearchLanguage.Welsh), js[i]);
    }

    public static TheoryData<string> Queries => new()
    {
        "plant", "blant", "mhlant", "phlant", "cyngor", "gyngor", "nghyngor", "chyngor", "trafnidiaeth", "gardd", "ardd", "dŵr", "dwr", "tŷ",
        "blan", "plant ifanc", "i blant", "gofal plant", "yng nghyngor sir", "children", "childrn", "cynghorydd", "ffyrdd",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_client_ranks_every_Welsh_query_as_the_generator_does(string query)
    {
        var expected = _index.Engine().Search(query, limit: 20);
        Assert.True(expected.Total > 0, $"nothing found for {query}");
        var js = JsonDocument.Parse(Node.Run(
            "const s = require(process.argv[2]); const fs = require('fs'); const path = require('path');" +
            "const engine = new s.Engine(p => Promise.resolve(JSON.parse(fs.readFileSync(path.join(process.argv[3], p), 'utf8'))), 'cy');" +
            "engine.search(process.argv[4], {}, 20, 0).then(r => process.stdout.write(JSON.stringify({ total: r.total, docs: r.hits.map(h => h.doc), scores: r.hits.map(h => h.score)," +
            " stems: r.stems || [], snippets: r.hits.map(h => h.meta.e ? s.snippet(h.meta.e, r.stems, s.language('cy')) : null) })));",
            Client, _index.Folder, query)).RootElement;
        Assert.Equal(expected.Total, js.GetProperty("total").GetInt32());
        Assert.Equal(expected.Hits.Select(h => h.Doc), js.GetProperty("docs").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(expected.Hits.Select(h => Math.Round(h.Score, 6)), js.GetProperty("scores").EnumerateArray().Select(e => Math.Round(e.GetDouble(), 6)));
        Assert.Equal(expected.Stems.Order(StringComparer.Ordinal), js.GetProperty("stems").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        var snippets = js.GetProperty("snippets").EnumerateArray().ToList();
        for (var i = 0; i < expected.Hits.Count; i++)
        {
            var snippet = Snippet.Of(expected.Hits[i].Metadata.GetProperty("e").GetString()!, expected.Stems, SearchLanguage.Welsh);
            Assert.Equal((snippet.Start, snippet.End, snippet.More), (snippets[i].GetProperty("start").GetInt32(), snippets[i].GetProperty("end").GetInt32(), snippets[i].GetProperty("more").GetBoolean()));
            Assert.Equal(snippet.Marked, snippets[i].GetProperty("marked").EnumerateArray().Select(e => e.GetBoolean()));
        }
    }

    /// <summary>The count the search page announces takes the plural form the theme's words would: Welsh's six, English's two.</summary>
    [Theory]
    [InlineData("cy")]
    [InlineData("cy-GB")]
    [InlineData("en-GB")]
    public void The_client_words_a_count_in_the_same_plural_form(string language)
    {
        var counts = Enumerable.Range(0, 25).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        var js = JsonSerializer.Deserialize<List<string>>(Run($"process.stdout.write(JSON.stringify(input.map(n => s.pluralCategory('{language}', +n))))", counts))!;
        Assert.Equal(counts.Select(n => PluralRules.Of(language, long.Parse(n, CultureInfo.InvariantCulture)).ToString().ToLowerInvariant()), js);
    }

    /// <summary>Loads the client as <c>s</c> under Node with <paramref name="input"/> (from a temporary JSON file) and runs <paramref name="script"/>.</summary>
    private static string Run(string script, List<string> input)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sitegen-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(input));
        try
        {
            return Node.Run("const s = require(process.argv[2]); const input = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));" + script, Client, file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
