using SiteGen.Search;
using Xunit;

namespace SiteGen.Tests;

public sealed class StemmerTests
{
    /// <summary>Examples from Porter's paper and its published vocabulary, with the results given there.</summary>
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("adjustment", "adjust")]
    [InlineData("effective", "effect")]
    [InlineData("controlling", "control")]
    public void Stems_as_Porter_published(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("adoption", "adopted", "adopt")]
    [InlineData("assessments", "assessment", "assess")]
    [InlineData("safeguarding", "safeguard", "safeguard")]
    public void Forms_of_a_word_share_a_stem(string a, string b, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(a));
        Assert.Equal(stem, PorterStemmer.Stem(b));
    }

    [Fact]
    public void Words_are_lower_case_accent_folded_and_without_stop_words() =>
        Assert.Equal(["children", "care", "caerffili", "ysgol", "gyfun", "w", "ni", "59"], Tokenizer.Words("The Children in CARE: Caerffili’s Ysgol Gyfun ŵ, NI-59"));

    [Theory]
    [InlineData("NI 59", "ni59")]
    [InlineData("ni59", "ni59")]
    [InlineData("SCC/004", "scc004")]
    [InlineData("PAF C63", "pafc63")]
    [InlineData("HC A03", "hca03")]
    public void Reference_codes_become_one_key_in_any_spacing_or_case(string code, string key) => Assert.Equal(key, Tokenizer.ReferenceKey(code));
}
