using SiteGen.Configuration;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Welsh search in the generator's reference engine: a reader who types a word finds it whatever mutation
/// the text gives it, and the text's mutated word by its radical; circumflexes are folded; English is read
/// as before. Over a Welsh index built from documents given here (<see cref="WelshIndex"/>).
/// </summary>
public sealed class WelshSearchTests : IClassFixture<WelshIndex>
{
    private readonly WelshIndex _index;

    public WelshSearchTests(WelshIndex index) => _index = index;

    [Theory]
    [InlineData("plant", "blant", "mhlant", "phlant")]
    [InlineData("cyngor", "gyngor", "nghyngor", "chyngor")]
    [InlineData("trafnidiaeth", "drafnidiaeth", "nhrafnidiaeth", "thrafnidiaeth")]
    [InlineData("gardd", "ardd", "ngardd")]
    [InlineData("bws", "fws", "mws")]
    [InlineData("dinas", "ddinas", "ninas")]
    [InlineData("mam", "fam")]
    [InlineData("llan", "lan")]
    [InlineData("rhiant", "riant")]
    public void A_radical_is_looked_up_in_every_mutation_and_each_mutation_by_its_radical(string radical, params string[] mutated)
    {
        Assert.Equal(mutated, WelshMutations.MutationsOf(radical));
        foreach (var form in mutated)
        {
            Assert.Contains(radical, WelshMutations.Radicals(form));
            Assert.Contains(radical, WelshMutations.Forms(form));
            Assert.Contains(form, WelshMutations.Forms(radical));
        }
    }

    /// <summary>Welsh's digraphs are single letters: "ch", "dd", "ll", "ngh", "rh" are not a c, d, l, ng or r followed by another letter.</summary>
    [Theory]
    [InlineData("ddinas", "tdinas")]
    [InlineData("nghyngor", "ghyngor")]
    [InlineData("nghyngor", "dghyngor")]
    [InlineData("llan", "lllan")]
    [InlineData("rhiant", "rhhiant")]
    [InlineData("ffordd", "bfordd")]
    [InlineData("mhlant", "bhlant")]
    [InlineData("thrafnidiaeth", "dhrafnidiaeth")]
    public void A_digraph_is_one_letter(string word, string notAForm) => Assert.DoesNotContain(notAForm, WelshMutations.Forms(word));

    [Fact]
    public void A_number_and_a_single_letter_have_no_other_forms()
    {
        Assert.Equal(["59"], WelshMutations.Forms("59"));
        Assert.Equal(["g"], WelshMutations.Forms("g"));
    }

    [Fact]
    public void Circumflexes_are_folded_and_Welsh_stop_words_dropped()
    {
        Assert.Equal(["dwr", "ty", "wyr", "gwen", "lan", "cyngor", "gweithio"], Tokenizer.Words("Dŵr, TŶ, ŵyr, gwên, lân. Mae'r cyngor yn gweithio", SearchLanguage.Welsh));
        // A reference code keeps its letters in Welsh too.
        Assert.Equal(["ni", "59"], Tokenizer.Words("NI 59", SearchLanguage.Welsh));
    }

    [Theory]
    [InlineData("cy")]
    [InlineData("cy-GB")]
    [InlineData("CY")]
    public void Welsh_is_named_cy(string code) => Assert.Same(SearchLanguage.Welsh, SearchLanguage.For(code));

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("ga")]
    public void Every_other_language_is_read_by_the_English_rules(string code) => Assert.Same(SearchLanguage.English, SearchLanguage.For(code));

    /// <summary>What a query must find (titles) and what it must not.</summary>
    public static TheoryData<string, string[], string[]> Finds => new()
    {
        { "plant", ["Gofal i blant ifanc", "Teuluoedd yn gyntaf"], ["Ansawdd dŵr yr afonydd", "Gerddi cymunedol"] },
        { "blant", ["Gofal i blant ifanc", "Teuluoedd yn gyntaf"], ["Ansawdd dŵr yr afonydd", "Ffyrdd a thrafnidiaeth"] },
        { "mhlant", ["Gofal i blant ifanc", "Teuluoedd yn gyntaf"], ["Gerddi cymunedol"] },
        { "phlant", ["Gofal i blant ifanc", "Teuluoedd yn gyntaf"], ["Gerddi cymunedol"] },
        { "cyngor", ["Ymddiriedaeth yng Nghyngor Sir Caerfyrddin", "Ffyrdd a thrafnidiaeth", "Cynllun Corfforaethol"], ["Gerddi cymunedol"] },
        { "gyngor", ["Ymddiriedaeth yng Nghyngor Sir Caerfyrddin", "Ffyrdd a thrafnidiaeth", "Cynllun Corfforaethol"], ["Gerddi cymunedol"] },
        { "nghyngor", ["Ymddiriedaeth yng Nghyngor Sir Caerfyrddin", "Ffyrdd a thrafnidiaeth", "Cynllun Corfforaethol"], ["Gerddi cymunedol"] },
        { "chyngor", ["Ymddiriedaeth yng Nghyngor Sir Caerfyrddin", "Ffyrdd a thrafnidiaeth", "Cynllun Corfforaethol"], ["Gerddi cymunedol"] },
        { "trafnidiaeth", ["Ffyrdd a thrafnidiaeth"], ["Gerddi cymunedol"] },
        { "gardd", ["Gerddi cymunedol"], ["Ffyrdd a thrafnidiaeth"] },
        { "ardd", ["Gerddi cymunedol"], ["Ffyrdd a thrafnidiaeth"] },
        { "dwr", ["Ansawdd dŵr yr afonydd"], ["Gerddi cymunedol"] },
        { "dŵr", ["Ansawdd dŵr yr afonydd"], ["Gerddi cymunedol"] },
        { "tŷ", ["Ansawdd dŵr yr afonydd"], ["Cynllun Corfforaethol"] },
        { "children", ["Children looked after"], ["Gofal i blant ifanc"] },
    };

    [Theory]
    [MemberData(nameof(Finds))]
    public void A_Welsh_word_is_found_in_any_mutation_and_accent(string query, string[] found, string[] notFound)
    {
        var titles = _index.Engine().Search(query, limit: 100).Hits.Select(h => WelshIndex.TitleOf(h.Doc)).ToList();
        Assert.All(found, title => Assert.Contains(title, titles));
        Assert.All(notFound, title => Assert.DoesNotContain(title, titles));
    }

    /// <summary>A mutated word is marked where the result quotes it: "blant" marks "plant", "mhlant" and "phlant".</summary>
    [Fact]
    public void A_result_quotes_and_marks_the_mutated_words()
    {
        var results = _index.Engine().Search("blant");
        var family = results.Hits.Single(h => WelshIndex.TitleOf(h.Doc) == "Teuluoedd yn gyntaf");
        var snippet = Snippet.Of(family.Metadata.GetProperty("e").GetString()!, results.Stems, SearchLanguage.Welsh);
        var marked = snippet.Words.Skip(snippet.Start).Where((_, i) => i < snippet.Marked.Count && snippet.Marked[i]).ToList();
        Assert.Equal(["plant.", "mhlant", "phlant"], marked);
    }

    /// <summary>The mutations are Welsh only: the same documents in an English index find "nghyngor" only where it is written.</summary>
    [Fact]
    public void English_search_does_not_demutate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitegen-tests", "english-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in SearchIndexBuilder.Build(WelshIndex.Documents, SearchSettings.Default, url => "../" + url))
            {
                var path = Path.Combine(folder, file.Path[(SearchIndexFormat.Folder.Length + 1)..]);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            var english = new SearchEngine(p => File.Exists(Path.Combine(folder, p)) ? File.ReadAllBytes(Path.Combine(folder, p)) : null);
            Assert.Equal(["Ymddiriedaeth yng Nghyngor Sir Caerfyrddin"], english.Search("nghyngor").Hits.Select(h => WelshIndex.TitleOf(h.Doc)));
            Assert.Equal(3, _index.Engine().Search("nghyngor").Total);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    /// <summary>The default language's index is where it always was; another language's is beside its own search page.</summary>
    [Fact]
    public void Each_language_has_its_own_index_folder()
    {
        Assert.All(_index.Files, f => Assert.StartsWith("cy/search/", f.Path, StringComparison.Ordinal));
        Assert.Contains(_index.Files, f => f.Path == "cy/search/manifest.json");
        Assert.All(SearchIndexBuilder.Build(WelshIndex.Documents, SearchSettings.Default, url => url), f => Assert.StartsWith("search/", f.Path, StringComparison.Ordinal));
    }
}
