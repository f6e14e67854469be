using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// One golden file per page type, from a small fixture site (Fixtures/golden-site) that exercises each
/// page's parts. Golden files are accepted only after reading them: see Infrastructure/Golden.cs.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class GoldenPageTests
{
    private readonly BuiltGoldenSite _fixture;

    public GoldenPageTests(BuiltGoldenSite fixture) => _fixture = fixture;

    [Fact]
    public void The_fixture_builds_cleanly()
    {
        Assert.True(_fixture.Result.Succeeded, string.Join("\n", _fixture.Result.Diagnostics));
        Assert.Empty(_fixture.Result.Diagnostics);
    }

    [Theory]
    [InlineData("index.html", "home.html")]
    [InlineData("exampleshire/index.html", "council.html")]
    [InlineData("exampleshire/service-plan-2009/index.html", "plan-page.html")]
    [InlineData("exampleshire/service-plan-2009/objectives/1-safe/index.html", "objective.html")]
    [InlineData("exampleshire/service-plan-2009/indicators/index.html", "indicators-index.html")]
    [InlineData("exampleshire/service-plan-2009/indicators/partner-1/index.html", "indicator.html")]
    [InlineData("exampleshire/service-plan-2009/actions/index.html", "actions-index.html")]
    [InlineData("exampleshire/service-plan-2009/risks/index.html", "risks.html")]
    [InlineData("exampleshire/service-plan-2009/budget/index.html", "budget.html")]
    [InlineData("exampleshire/service-plan-2009/progress/q4-2009-10/index.html", "progress.html")]
    [InlineData("exampleshire/service-plan-2009/glossary/index.html", "glossary.html")]
    [InlineData("about/index.html", "content-page.html")]
    [InlineData("search/index.html", "search.html")]
    [InlineData("404.html", "not-found.html")]
    [InlineData("compare/ni-59/index.html", "comparison.html")]
    [InlineData("how-we-judge-progress/index.html", "method.html")]
    [InlineData("data/index.html", "data.html")]
    public void Page_matches_its_golden_file(string page, string golden) =>
        Golden.AssertMatches(golden, File.ReadAllText(Path.Combine(_fixture.Output, page)));

    [Fact]
    public void Sitemap_lists_every_page_by_its_public_address()
    {
        var sitemap = File.ReadAllText(Path.Combine(_fixture.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://example.gov.uk/plans/</loc>", sitemap);
        Assert.Contains("<loc>https://example.gov.uk/plans/exampleshire/service-plan-2009/indicators/ni-59/</loc>", sitemap);
        Assert.DoesNotContain("404", sitemap);
        Assert.Contains("Sitemap: https://example.gov.uk/plans/sitemap.xml", File.ReadAllText(Path.Combine(_fixture.Output, "robots.txt")));
    }

    [Fact]
    public void Indicator_data_downloads_keep_values_as_printed()
    {
        var csv = File.ReadAllText(Path.Combine(_fixture.Output, "exampleshire/service-plan-2009/indicators/partner-1/partner-1.csv"));
        Assert.Equal(
            "reference,title,period,actual,estimate,target,note\r\n,Take up of school lunches,2007/08,New indicator,,,\r\n,Take up of school lunches,2008/09,girls 61.4; boys 49.6,,,\r\n",
            csv);
        var json = File.ReadAllText(Path.Combine(_fixture.Output, "exampleshire/service-plan-2009/indicators/ni-59/ni-59.json"));
        Assert.Contains("\"text\": \"55.2%\"", json);
        Assert.Contains("\"number\": 55.2", json);
        Assert.Contains("\"council\": \"Exampleshire County Council\"", json);
    }
}
