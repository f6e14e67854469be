using SiteGen.Search;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>Ranking on the built sample site, through the reference engine reading the index files the client reads.</summary>
[Collection(BuiltSites.Name)]
public sealed class SearchRankingTests
{
    private readonly BuiltSample _sample;

    public SearchRankingTests(BuiltSample sample) => _sample = sample;

    private SearchEngine Engine() => new(path =>
    {
        var full = Path.Combine(_sample.Output, "search", path);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    });

    private static string Url(SearchEngine.Hit hit) => hit.Metadata.GetProperty("u").GetString()!;

    private static string Title(SearchEngine.Hit hit) => hit.Metadata.GetProperty("ti").GetString()!;

    /// <summary>Two councils (Herefordshire, Hartlepool) report NI 59; either council's NI 59 page is the right first answer.</summary>
    [Fact]
    public void Initial_assessments_finds_an_NI_59_indicator_first() =>
        Assert.EndsWith("/indicators/ni-59/", Url(Engine().Search("initial assessments").Hits[0]));

    [Theory]
    [InlineData("NI 59")]
    [InlineData("ni59")]
    [InlineData("NI59")]
    [InlineData("ni 59")]
    public void A_reference_code_in_any_spacing_or_case_finds_that_indicator_first(string query)
    {
        var hits = Engine().Search(query).Hits;
        var named = hits.Where(h => h.ReferenceMatch).ToList();
        Assert.Equal(["hartlepool", "herefordshire"], named.Select(h => Url(h).Split('/')[1]).Distinct().Order());
        Assert.All(named, h => Assert.EndsWith("/indicators/ni-59/", Url(h)));
        Assert.Equal(named, hits.Take(named.Count));
    }

    /// <summary>Rochdale prints PAF A1 beside its own reference 1a; Cumbria prints it as the reference.</summary>
    [Fact]
    public void A_code_printed_beside_a_local_reference_finds_its_indicator()
    {
        var urls = Engine().Search("PAF A1").Hits.Where(h => h.ReferenceMatch).Select(Url).ToList();
        Assert.Contains("../rochdale/child-care-service-improvement-plan-2007-2010/indicators/1a/", urls);
        Assert.Contains("../cumbria/service-plan-2006-07/indicators/paf-a1/", urls);
    }

    [Fact]
    public void A_typo_in_a_long_word_still_finds_adoption_pages()
    {
        var results = Engine().Search("adopton");
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits.Take(3), h => Assert.Contains("adopt", (Title(h) + " " + (h.Metadata.TryGetProperty("e", out var e) ? e.GetString() : null)).ToLowerInvariant()));
    }

    [Fact]
    public void The_last_word_matches_as_a_prefix_while_typing() =>
        Assert.Contains(Engine().Search("safeguard").Hits, h => Title(h).Contains("safeguarding", StringComparison.OrdinalIgnoreCase))
        ;

    [Fact]
    public void Documents_matching_every_word_come_before_those_matching_some()
    {
        var hits = Engine().Search("foster carers recruitment").Hits;
        var matched = hits.Select(h => h.Matched).ToList();
        Assert.Equal(matched.OrderByDescending(m => m), matched);
        Assert.Equal(3, matched[0]);
    }

    [Fact]
    public void Filters_narrow_results_to_a_council_and_a_page_type()
    {
        var results = Engine().Search("children", new SearchEngine.Filters(Council: "Rochdale Metropolitan Borough Council", Type: "indicator"), limit: 50);
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h =>
        {
            Assert.Equal("indicator", h.Metadata.GetProperty("t").GetString());
            Assert.Equal("Rochdale Metropolitan Borough Council", h.Metadata.GetProperty("c").GetString());
        });
    }

    [Fact]
    public void A_query_of_stop_words_or_nonsense_finds_nothing()
    {
        Assert.Equal(0, Engine().Search("the and of").Total);
        Assert.Equal(0, Engine().Search("zzqxv").Total);
    }
}
