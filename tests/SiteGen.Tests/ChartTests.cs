using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>Golden SVG for each chart kind (from the golden fixture site), and the promises every chart on the sample site keeps.</summary>
[Collection(BuiltSites.Name)]
public sealed class ChartTests
{
    private const string Plan = "exampleshire/service-plan-2009/";
    private readonly BuiltGoldenSite _fixture;
    private readonly BuiltSample _sample;

    public ChartTests(BuiltGoldenSite fixture, BuiltSample sample)
    {
        _fixture = fixture;
        _sample = sample;
    }

    private static IHtmlCollection<IElement> Select(string output, string page, string selector) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, page))).QuerySelectorAll(selector);

    [Theory]
    [InlineData(Plan + "indicators/scc-004/index.html", "figure.chart-indicator", "indicator-line.html")]
    [InlineData(Plan + "indicators/partner-1/index.html", "figure.chart-indicator", "indicator-split-and-gap.html")]
    [InlineData(Plan + "indicators/parenting-strategy/index.html", "figure.chart-indicator", "indicator-status-strip.html")]
    [InlineData(Plan + "objectives/1-safe/index.html", "figure.chart-indicator", "indicator-small.html")]
    [InlineData(Plan + "indicators/index.html", ".sparkline", "sparkline.html")]
    [InlineData(Plan + "indicators/scc-004/index.html", "figure.chart-rank", "rank.html")]
    [InlineData(Plan + "risks/index.html", "figure.chart-risk-matrix", "risk-matrix.html")]
    [InlineData(Plan + "index.html", "figure.chart-status", "status.html")]
    [InlineData(Plan + "budget/index.html", "figure.chart-budget", "budget.html")]
    public void Chart_matches_its_golden_file(string page, string selector, string golden)
    {
        var chart = Select(_fixture.Output, page, selector).First();
        Golden.AssertMatches(Path.Combine("charts", golden), chart.OuterHtml);
    }

    [Fact]
    public void Every_chart_in_the_sample_site_has_a_title_a_description_and_its_data_beside_it()
    {
        var charts = 0;
        var parser = new HtmlParser();
        foreach (var page in Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var svg in document.QuerySelectorAll("svg"))
            {
                charts++;
                var where = $"{Path.GetRelativePath(_sample.Output, page)}: {svg.QuerySelector("title")?.TextContent}";
                Assert.Contains(svg.GetAttribute("role"), new[] { "img", "group" });
                Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent), where);
                Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")?.TextContent), where);
                Assert.Equal(svg.QuerySelector("title")!.Id, svg.GetAttribute("aria-labelledby"));
                Assert.Equal(svg.QuerySelector("desc")!.Id, svg.GetAttribute("aria-describedby"));
                var figure = svg.Closest("figure");
                if (figure is not null)
                {
                    var table = figure.GetAttribute("data-table");
                    Assert.False(string.IsNullOrEmpty(table), where);
                    Assert.True(document.GetElementById(table!) is not null, $"{where}: no element #{table} holds its data");
                }
                else
                {
                    // A sparkline sits in a table row whose cells carry the same figures in text.
                    Assert.NotNull(svg.Closest("td"));
                }
            }
        }

        Assert.True(charts > 200, $"only {charts} charts in the sample site");
    }

    /// <summary>
    /// A label shortened to fit the picture ("Welsh Best Qu…") is never what a chart's title, description,
    /// caption or region name says: those keep every name whole.
    /// </summary>
    [Fact]
    public void Shortened_labels_stay_in_the_picture()
    {
        var parser = new HtmlParser();
        var shortened = 0;
        foreach (var page in Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var figure in document.QuerySelectorAll("figure.chart"))
            {
                shortened += figure.QuerySelectorAll("svg text").Count(t => t.TextContent.Contains('…', StringComparison.Ordinal));
                var said = figure.QuerySelectorAll("svg > title, svg > desc, figcaption").Select(e => e.TextContent)
                    .Concat(figure.QuerySelectorAll("[aria-label]").Select(e => e.GetAttribute("aria-label")!));
                Assert.All(said, text => Assert.DoesNotContain("…", text, StringComparison.Ordinal));
            }
        }

        Assert.True(shortened > 0, "no chart label was shortened, so nothing was checked");
    }

    [Fact]
    public void Indicator_objective_plan_risk_and_budget_pages_show_their_charts()
    {
        const string herefordshire = "herefordshire/directorate-plan-2009-2011/";
        const string rochdale = "rochdale/child-care-service-improvement-plan-2007-2010/";
        Assert.Single(Select(_sample.Output, herefordshire + "index.html", "figure.chart-status"));
        Assert.Single(Select(_sample.Output, herefordshire + "objectives/2-safeguarding/index.html", "figure.chart-status"));
        Assert.Equal(11, Select(_sample.Output, herefordshire + "objectives/2-safeguarding/index.html", "figure.chart-indicator").Length);
        Assert.Single(Select(_sample.Output, herefordshire + "indicators/ni-59/index.html", "figure.chart-indicator"));
        Assert.Single(Select(_sample.Output, herefordshire + "risks/index.html", "figure.chart-risk-matrix"));
        Assert.Equal(2, Select(_sample.Output, rochdale + "budget/index.html", "figure.chart-budget").Length);
        // Every Rochdale indicator has its chart, but 5d, for which the plan prints no figure at all.
        var rochdaleIndicators = Directory.GetDirectories(Path.Combine(_sample.Output, rochdale, "indicators"));
        Assert.Contains(rochdaleIndicators, f => Path.GetFileName(f) == "5d");
        Assert.True(rochdaleIndicators.Length > 10, $"only {rochdaleIndicators.Length} Rochdale indicator pages");
        Assert.All(rochdaleIndicators, folder =>
            Assert.Equal(Path.GetFileName(folder) == "5d" ? 0 : 1, Select(_sample.Output, Path.Combine(folder, "index.html"), "figure.chart-indicator").Length));
    }

    /// <summary>Each sentence checked against the source plan's own figures.</summary>
    [Theory]
    [InlineData("herefordshire/directorate-plan-2009-2011/indicators/ni-59/index.html", "Was 55.2% in 2007/08; target for 2009/10 is 65%; SN Group comparator 71.1% in 2007/08; higher is better.")]
    [InlineData("rochdale/child-care-service-improvement-plan-2007-2010/indicators/1a/index.html", "Rose from 9.2 in 2003/04 to 10.6 in 2005/06; target for 2006/07 is 10.0; lower is better.")]
    [InlineData("herefordshire/directorate-plan-2009-2011/indicators/ni-50/index.html", "Was 61.3% in 2008/09; no figure for 2007/08 (New indicator); target for 2009/10 is 63%; higher is better.")]
    [InlineData("herefordshire/directorate-plan-2009-2011/risks/index.html", "CYP1 before mitigation at likelihood 3 × severity 4; CYP1 after mitigation at likelihood 2 × severity 3;")]
    [InlineData("rochdale/child-care-service-improvement-plan-2007-2010/budget/index.html", "Net £'000 for 16 lines; the largest is Care Management (3,068).")]
    public void Chart_descriptions_state_the_finding_in_true_sentences(string page, string sentence) =>
        Assert.Contains(sentence, Select(_sample.Output, page, "figure.chart figcaption").First().TextContent);

    [Fact]
    public async Task Two_builds_of_the_same_content_are_byte_identical()
    {
        var second = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuilder.BuildAsync(BuiltGoldenSite.SettingsPath, second);
            Assert.True(result.Succeeded);
            var first = Directory.GetFiles(_fixture.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_fixture.Output, f)).Order(StringComparer.Ordinal).ToList();
            Assert.True(first.Count > 20, $"only {first.Count} files in the first build");
            Assert.Equal(first, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
            Assert.All(first, f => Assert.True(File.ReadAllBytes(Path.Combine(_fixture.Output, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, f))), f));
        }
        finally
        {
            if (Directory.Exists(second)) Directory.Delete(second, recursive: true);
        }
    }
}
