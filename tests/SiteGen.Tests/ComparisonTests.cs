using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>A national indicator reported by two councils gets a page with both councils' figures side by side, linked from each indicator page.</summary>
public sealed class ComparisonTests
{
    private static Dictionary<string, string> TwoCouncils()
    {
        var files = MinimalSite.Files();
        files["content/organisations/otherton.yml"] = "name: Otherton Council\nnation: Wales\nofficers:\n  - {id: dcs, post: Director}\n";
        files["content/plans/otherton/plan-2008/plan.yml"] = "title: Otherton Plan 2008-2010\norganisation: otherton\nkind: service plan\nperiod: 2008/09 to 2009/10\nstatus: published\n";
        files["content/plans/otherton/plan-2008/indicators/all.yml"] =
            "indicators:\n  - reference: NI 59\n    title: Initial assessments carried out in 7 days\n    values:\n      - {period: 2007/08, actual: 71.0%}\n      - {period: 2008/09, actual: 74.5%, target: 75%}\n";
        return files;
    }

    [Fact]
    public async Task Both_councils_figures_are_side_by_side_and_differences_are_stated()
    {
        using var site = new TempSite(TwoCouncils());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.Path("_site/compare/ni-59/index.html")));
        var rows = page.QuerySelectorAll("table#actuals tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Council and plan", "2007/08", "2008/09"], page.QuerySelectorAll("table#actuals thead th").Select(t => t.TextContent.Trim()));
        Assert.Equal(["Otherton Council (Otherton Plan 2008-2010)", "71.0%", "74.5%"], rows[0]);
        Assert.Equal(["Testshire County Council (Test Plan 2009-2011)", "", "55.2%"], rows[1]);
        var differences = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Otherton Council words it: “Initial assessments carried out in 7 days”", differences);
        Assert.Contains("different years", differences);
        Assert.NotNull(page.QuerySelector("figure.chart svg title"));

        foreach (var indicator in new[] { "_site/testshire/plan-2009/indicators/ni-59/index.html", "_site/otherton/plan-2008/indicators/ni-59/index.html" })
        {
            var link = new HtmlParser().ParseDocument(File.ReadAllText(site.Path(indicator))).QuerySelector(".comparison-link a")!;
            Assert.Equal("../../../../compare/ni-59/", link.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task An_indicator_only_one_council_reports_has_no_comparison_page()
    {
        using var site = new TempSite(MinimalSite.Files());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(site.Path("_site/compare")));
        Assert.Null(new HtmlParser().ParseDocument(File.ReadAllText(site.Path("_site/testshire/plan-2009/indicators/ni-59/index.html"))).QuerySelector(".comparison-link"));
    }
}
